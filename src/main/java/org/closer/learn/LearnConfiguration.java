package org.closer.learn;

import org.closer.web.pagecache.CacheablePages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Renders the articles once at start-up into the library every request reads from; each is a cacheable page. */
@Configuration(proxyBeanMethods = false)
class LearnConfiguration {

	@Bean
	ArticleLibrary articleLibrary() {
		return new ArticleLibrary(new MarkdownArticleReader().readAll());
	}

	@Bean
	CacheablePages articlePages(ArticleLibrary articles) {
		return articles::paths;
	}

}
