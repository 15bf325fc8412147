package org.closer.fis;

import java.security.SecureRandom;

import org.closer.web.SiteSecurity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Loads the instrument once at start-up, wires scoring to the configured bands, and puts the result page cache in front. */
@Configuration(proxyBeanMethods = false)
class FisConfiguration {

	static final String INSTRUMENT_FILE = "instruments/fis.json";

	@Bean
	Instrument instrument() {
		return new InstrumentLoader().load(INSTRUMENT_FILE);
	}

	@Bean
	Scoring scoring(Instrument instrument, FisProperties properties) {
		return new Scoring(instrument, properties.bands());
	}

	@Bean
	SecureRandom resultKeyRandom() {
		return new SecureRandom();
	}

	@Bean
	ResultPageCache resultPageCache(JdbcTemplate jdbc, ObjectProvider<ResultPageVersion> versions) {
		Object unversioned = new Object();
		return new ResultPageCache(jdbc, versions.getIfAvailable(() -> () -> unversioned));
	}

	@Bean
	FilterRegistrationBean<ResultPageCache> resultPageCacheFilter(ResultPageCache cache) {
		FilterRegistrationBean<ResultPageCache> registration = new FilterRegistrationBean<>(cache);
		registration.setOrder(SiteSecurity.AHEAD_OF_SECURITY);
		return registration;
	}

}
