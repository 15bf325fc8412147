package org.closer.path;

import org.closer.learn.ArticleLibrary;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Reads the six sessions once at start-up, so that a broken one stops the start instead of a visitor's request. */
@Configuration(proxyBeanMethods = false)
class PathConfiguration {

	@Bean
	Sessions sessions() {
		return Sessions.read(ArticleLibrary.pathSessions());
	}

}
