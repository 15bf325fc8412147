package org.closer.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Puts the page cache in front of everything else, so a cached page costs about what a static file does. */
@Configuration(proxyBeanMethods = false)
class PageCacheConfiguration implements WebMvcConfigurer {

	private final PageCache cache = new PageCache();

	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilter(
			@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(
				new PageCacheFilter(this.cache, new CacheablePaths(mappings)));
		registration.setOrder(SiteSecurity.AHEAD_OF_SECURITY);
		return registration;
	}

	/** On Tomcat, kept pages are served before the filter chain is even built (measured: see the README). */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> pageCacheValve() {
		return (tomcat) -> tomcat.addContextValves(new PageCacheValve(this.cache));
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(PageCacheFilter.marker());
	}

}
