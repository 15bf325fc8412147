package org.closer.insights;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import org.closer.fis.FisResponseRepository;
import org.closer.fis.Instrument;
import org.closer.fis.ResultPageVersion;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The current distribution of consenting totals for the current instrument version, counted by the
 * database and reused for {@code closer.insights.cache-for}. When it goes stale, one background
 * thread counts again while visitors keep the previous figures, so no page waits on the count
 * however large the table grows.
 */
@Component
class DistributionSource implements ResultPageVersion {

	private final FisResponseRepository responses;

	private final String version;

	private final InsightsProperties properties;

	private final Clock clock;

	private final AtomicBoolean refreshing = new AtomicBoolean();

	private volatile Snapshot latest;

	DistributionSource(FisResponseRepository responses, Instrument instrument, InsightsProperties properties,
			Clock clock) {
		this.responses = responses;
		this.version = instrument.version();
		this.properties = properties;
		this.clock = clock;
	}

	/** The distribution: freshly counted when caching is off, otherwise the latest count, refreshed behind the scenes. */
	Distribution current() {
		if (this.properties.cacheFor().isZero()) {
			return count().distribution();
		}
		Snapshot snapshot = this.latest;
		if (snapshot == null) {
			synchronized (this) {
				if (this.latest == null) {
					this.latest = count();
				}
				return this.latest.distribution();
			}
		}
		if (!this.clock.instant().isBefore(snapshot.takenAt().plus(this.properties.cacheFor()))) {
			refreshInBackground();
		}
		return snapshot.distribution();
	}

	/** The figures result pages show beside a result: a page rendered with others is not served again. */
	@Override
	public Object version() {
		return current();
	}

	/** Counts once as the application starts, so the first visitor does not wait either. */
	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		if (!this.properties.cacheFor().isZero()) {
			refreshInBackground();
		}
	}

	private void refreshInBackground() {
		if (this.refreshing.compareAndSet(false, true)) {
			Thread counter = new Thread(() -> {
				try {
					this.latest = count();
				}
				finally {
					this.refreshing.set(false);
				}
			}, "insights-count");
			counter.setDaemon(true);
			counter.start();
		}
	}

	private Snapshot count() {
		Instant takenAt = this.clock.instant();
		return new Snapshot(new Distribution(this.responses.countConsentingByTotal(this.version)), takenAt);
	}

	private record Snapshot(Distribution distribution, Instant takenAt) {
	}

}
