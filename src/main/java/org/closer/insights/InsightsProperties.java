package org.closer.insights;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When statistics are shown, how often they change and how finely.
 *
 * @param minPool the fewest consenting first attempts before any figure is shown, so that no one can
 * be singled out of a small pool
 * @param cacheFor how long published figures stand, in whole days (1 to 7): they are published at
 * midnight UTC and count the answers given before it; 0 counts on every request, today's answers
 * included (for tests)
 * @param exact whether figures are shown exactly (for tests); by default they are rounded so that one
 * response more or less is not read off them
 */
@ConfigurationProperties("closer.insights")
public record InsightsProperties(@DefaultValue("30") int minPool, @DefaultValue("1d") Duration cacheFor,
		@DefaultValue("false") boolean exact) {

	public InsightsProperties {
		if (minPool < 1) {
			throw new IllegalArgumentException("closer.insights.min-pool must be at least 1");
		}
		if (!cacheFor.isZero() && (cacheFor.toDaysPart() < 1 || cacheFor.toDays() > 7
				|| !cacheFor.equals(Duration.ofDays(cacheFor.toDays())))) {
			throw new IllegalArgumentException("closer.insights.cache-for must be 0 or 1 to 7 whole days");
		}
	}

	/** Whether figures are counted on every request rather than published. */
	boolean live() {
		return this.cacheFor.isZero();
	}

}
