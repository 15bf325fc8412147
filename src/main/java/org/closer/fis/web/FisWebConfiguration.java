package org.closer.fis.web;

import java.util.Set;

import org.closer.web.PrivatePages;
import org.closer.web.pagecache.CacheablePages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Which questionnaire pages are the same for everyone (the introduction) and which are private (results). */
@Configuration(proxyBeanMethods = false)
class FisWebConfiguration implements WebMvcConfigurer {

	@Bean
	CacheablePages questionnaireIntroduction() {
		return () -> Set.of(QuestionnaireController.INTRO_PATH);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new PrivatePages()).addPathPatterns(ResultSection.PAGE, ResultSection.PAGE + "/**");
	}

}
