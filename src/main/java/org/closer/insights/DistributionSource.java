package org.closer.insights;

import java.time.Clock;
import java.time.Instant;

import org.closer.fis.FisResponseRepository;
import org.closer.fis.Instrument;

import org.springframework.stereotype.Component;

/**
 * The current distribution of consenting totals for the current instrument version, counted by the
 * database and reused for at most {@code closer.insights.cache-for}, so a page costs the same for a
 * hundred responses or ten million.
 */
@Component
class DistributionSource {

	private final FisResponseRepository responses;

	private final String version;

	private final InsightsProperties properties;

	private final Clock clock;

	private volatile Snapshot latest;

	DistributionSource(FisResponseRepository responses, Instrument instrument, InsightsProperties properties,
			Clock clock) {
		this.responses = responses;
		this.version = instrument.version();
		this.properties = properties;
		this.clock = clock;
	}

	/** The distribution, from the cache while it is fresh. */
	Distribution current() {
		Snapshot snapshot = this.latest;
		Instant now = this.clock.instant();
		if (snapshot == null || !now.isBefore(snapshot.takenAt().plus(this.properties.cacheFor()))) {
			snapshot = new Snapshot(new Distribution(this.responses.countConsentingByTotal(this.version)), now);
			this.latest = snapshot;
		}
		return snapshot.distribution();
	}

	private record Snapshot(Distribution distribution, Instant takenAt) {
	}

}
