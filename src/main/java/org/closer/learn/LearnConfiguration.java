package org.closer.learn;

import org.closer.web.pagecache.CacheablePages;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Renders the articles once at start-up into the library every request reads from, each a cacheable
 * page, and keeps the bank of questions to talk about.
 */
@Configuration(proxyBeanMethods = false)
class LearnConfiguration {

	@Bean
	ArticleLibrary articleLibrary() {
		return new ArticleLibrary(new MarkdownArticleReader().readAll());
	}

	@Bean
	Conversations conversations(MessageSource messages) {
		return new Conversations(messages);
	}

	@Bean
	CacheablePages articlePages(ArticleLibrary articles) {
		return articles::paths;
	}

}
