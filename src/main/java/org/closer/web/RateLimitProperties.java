package org.closer.web;

import java.time.Duration;

import io.github.bucket4j.Bandwidth;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many form submissions one client address may send.
 *
 * @param perMinute the sustained rate, per client address; 0 turns the limit off (for benchmarks and
 * load tests)
 * @param burst how many submissions may come at once before the rate applies
 */
@ConfigurationProperties("closer.rate-limit")
public record RateLimitProperties(@DefaultValue("10") int perMinute, @DefaultValue("5") int burst) {

	public RateLimitProperties {
		if (perMinute < 0 || burst < 1) {
			throw new IllegalArgumentException("closer.rate-limit.per-minute must be 0 or more, and burst at least 1");
		}
	}

	/** Whether submissions are limited at all. */
	boolean isOn() {
		return this.perMinute > 0;
	}

	/** The allowance of one address: a burst, refilled steadily at the rate. */
	Bandwidth bandwidth() {
		return Bandwidth.builder().capacity(this.burst).refillGreedy(this.perMinute, Duration.ofMinutes(1)).build();
	}

}
