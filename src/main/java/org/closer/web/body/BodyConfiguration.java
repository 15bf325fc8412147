package org.closer.web.body;

import java.time.Duration;
import java.util.EnumSet;

import jakarta.servlet.DispatcherType;
import org.closer.web.PostHandlers;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Puts the whole-body filter ahead of every other, for the request and for the dispatch that goes on
 * with its body.
 */
@Configuration(proxyBeanMethods = false)
class BodyConfiguration {

	/**
	 * The filter; refused at start-up when the container cuts a silent client off before the body
	 * deadline, since that client would get an error instead of its 408.
	 */
	@Bean
	FilterRegistrationBean<WholeBodyFilter> wholeBodyFilter(PostHandlers forms, RequestProperties properties,
			MessageSource messages, Environment environment) {
		Duration silence = environment.getProperty("server.tomcat.connection-timeout", Duration.class);
		if (silence != null && silence.compareTo(properties.bodyDeadline()) <= 0) {
			throw new IllegalStateException("server.tomcat.connection-timeout (" + silence
					+ ") must be longer than closer.request.body-deadline (" + properties.bodyDeadline() + ")");
		}
		FilterRegistrationBean<WholeBodyFilter> registration = new FilterRegistrationBean<>(
				new WholeBodyFilter(forms, properties, new BodyAnswers(messages)));
		registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setAsyncSupported(true);
		return registration;
	}

}
