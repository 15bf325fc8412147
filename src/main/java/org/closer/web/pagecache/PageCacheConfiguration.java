package org.closer.web.pagecache;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Maps the page cache to exactly the paths of every feature's {@link CacheablePages}, ahead of the site's other filters. */
@Configuration(proxyBeanMethods = false)
class PageCacheConfiguration {

	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilter(ObjectProvider<CacheablePages> cacheable) {
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(new PageCacheFilter());
		registration.setUrlPatterns(cacheable.orderedStream().flatMap((pages) -> pages.paths().stream()).sorted().toList());
		// Right behind the filter that refuses bodies nobody reads, so that a page is never answered while one waits.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

}
