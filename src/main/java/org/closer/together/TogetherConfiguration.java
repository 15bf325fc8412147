package org.closer.together;

import org.closer.web.PrivatePages;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Marks the invitation pages private and turns on the daily clean-up of expired invitations.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class TogetherConfiguration implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new PrivatePages()).addPathPatterns("/together/**");
	}

}
