package org.closer.insights;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Hooks the comparison into the questionnaire's result pages. */
@Configuration(proxyBeanMethods = false)
class InsightsWebConfiguration implements WebMvcConfigurer {

	private final ResultComparisonInterceptor comparison;

	InsightsWebConfiguration(ResultComparisonInterceptor comparison) {
		this.comparison = comparison;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this.comparison).addPathPatterns("/fis/results/*");
	}

}
