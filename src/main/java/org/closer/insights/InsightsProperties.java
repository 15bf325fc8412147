package org.closer.insights;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When statistics are shown and how fresh they are.
 *
 * @param minPool the fewest consenting responses before any figure is shown, so that no one can be
 * singled out of a small pool
 * @param cacheFor how long the distribution is reused before the database is asked again
 */
@ConfigurationProperties("closer.insights")
public record InsightsProperties(@DefaultValue("30") int minPool, @DefaultValue("60s") Duration cacheFor) {

	public InsightsProperties {
		if (minPool < 1) {
			throw new IllegalArgumentException("closer.insights.min-pool must be at least 1");
		}
		if (cacheFor.isNegative() || cacheFor.compareTo(Duration.ofSeconds(60)) > 0) {
			throw new IllegalArgumentException("closer.insights.cache-for must be between 0 and 60 seconds");
		}
	}

}
