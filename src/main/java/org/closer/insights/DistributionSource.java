package org.closer.insights;

import java.time.Clock;
import java.util.concurrent.Executor;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import org.closer.fis.FisResponseRepository;
import org.closer.fis.Instrument;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The current figures of the pool (consenting first attempts of the current instrument version): the
 * distribution of totals and the reliability, counted by the database and kept by Caffeine for
 * {@code closer.insights.cache-for}. Once that has passed, the next
 * visitor still gets the kept figures while the count runs again in the background, so no page waits
 * on it however large the table grows; with {@code cache-for} at 0 every request counts afresh.
 */
@Component
class DistributionSource {

	/** The one entry of the cache: there is only ever one current distribution. */
	private static final String CURRENT = "current";

	private final LoadingCache<String, PoolFigures> figures;

	/** Counts through the repository; a refresh runs on the background executor (Spring's task executor). */
	DistributionSource(FisResponseRepository responses, ReliabilityQuery reliability, Instrument instrument,
			InsightsProperties properties, Clock clock, @Qualifier("applicationTaskExecutor") Executor background) {
		String version = instrument.version();
		Caffeine<Object, Object> cache = Caffeine.newBuilder()
			.executor(background)
			.ticker(() -> clock.millis() * 1_000_000L);
		cache = properties.cacheFor().isZero() ? cache.expireAfterWrite(properties.cacheFor())
				: cache.refreshAfterWrite(properties.cacheFor());
		this.figures = cache.build((key) -> new PoolFigures(new Distribution(responses.countConsentingByTotal(version)),
				reliability.current()));
	}

	/** The figures: the kept count while it is fresh, refreshed behind the scenes once it is not. */
	PoolFigures current() {
		return this.figures.get(CURRENT);
	}

	/** Counts once as the application starts, so the first visitor does not wait either. */
	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		this.figures.refresh(CURRENT);
	}

}
