package org.closer.web.pagecache;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Maps the page cache to exactly the paths of every feature's {@link CacheablePages}, ahead of all other filters. */
@Configuration(proxyBeanMethods = false)
class PageCacheConfiguration {

	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilter(ObjectProvider<CacheablePages> cacheable) {
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(new PageCacheFilter());
		registration.setUrlPatterns(cacheable.orderedStream().flatMap((pages) -> pages.paths().stream()).sorted().toList());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
