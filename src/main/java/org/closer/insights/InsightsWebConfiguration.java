package org.closer.insights;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Hooks the comparison into the questionnaire's result pages. */
@Configuration(proxyBeanMethods = false)
class InsightsWebConfiguration implements WebMvcConfigurer {

	private final DistributionSource distributions;

	private final InsightsProperties properties;

	InsightsWebConfiguration(DistributionSource distributions, InsightsProperties properties) {
		this.distributions = distributions;
		this.properties = properties;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new ResultComparisonInterceptor(this.distributions, this.properties))
			.addPathPatterns("/fis/results/*");
	}

}
