package org.closer.fis;

import java.security.SecureRandom;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the instrument once at start-up and wires scoring to the configured bands. */
@Configuration(proxyBeanMethods = false)
class FisConfiguration {

	static final String INSTRUMENT_FILE = "instruments/fis.json";

	@Bean
	Instrument instrument() {
		return new InstrumentLoader().load(INSTRUMENT_FILE);
	}

	@Bean
	Scoring scoring(Instrument instrument, FisProperties properties) {
		return new Scoring(instrument, properties);
	}

	@Bean
	SecureRandom resultKeyRandom() {
		return new SecureRandom();
	}

}
