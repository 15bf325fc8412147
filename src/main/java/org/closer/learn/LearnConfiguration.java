package org.closer.learn;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Renders the articles once at start-up into the library every request reads from. */
@Configuration(proxyBeanMethods = false)
class LearnConfiguration {

	@Bean
	ArticleLibrary articleLibrary() {
		return new ArticleLibrary(new MarkdownArticleReader().readAll());
	}

}
