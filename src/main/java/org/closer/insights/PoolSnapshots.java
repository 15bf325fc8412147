package org.closer.insights;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Executor;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import org.closer.fis.ConsentingPool;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The published figures of the pool: counted by the database from the answers given before the day of
 * publication, at midnight UTC once every {@code closer.insights.cache-for} days, and kept until the
 * next, so that no figure anyone can see moves with one person's answer in between. Every instance
 * counts the same answers for the same day. With {@code cache-for} at 0, counted on every request.
 */
@Component
class PoolSnapshots {

	private final ConsentingPool pool;

	private final InsightsProperties properties;

	private final Clock clock;

	private final Executor background;

	/** The figures by day of publication; only the current one is kept. */
	private final LoadingCache<LocalDate, PoolFigures> published;

	PoolSnapshots(ConsentingPool pool, InsightsProperties properties, Clock clock,
			@Qualifier("applicationTaskExecutor") Executor background) {
		this.pool = pool;
		this.properties = properties;
		this.clock = clock;
		this.background = background;
		this.published = Caffeine.newBuilder().maximumSize(1).build((day) -> count(day, day));
	}

	/** The figures now: the current publication's, or a fresh count when figures are counted on every request. */
	PoolFigures current() {
		LocalDate today = LocalDate.now(this.clock);
		if (this.properties.live()) {
			return count(today.plusDays(1), today);
		}
		return this.published.get(publicationDay(today));
	}

	/** Counts the current publication as the application starts and at every midnight, so no visitor waits on it. */
	@EventListener(ApplicationReadyEvent.class)
	@Scheduled(cron = "0 0 0 * * *", zone = "UTC")
	void publish() {
		if (!this.properties.live()) {
			this.background.execute(this::current);
		}
	}

	/** The day of the publication in force on a day: the latest whose epoch day is a multiple of the period. */
	private LocalDate publicationDay(LocalDate today) {
		return today.minusDays(Math.floorMod(today.toEpochDay(), this.properties.cacheFor().toDays()));
	}

	private PoolFigures count(LocalDate before, LocalDate publishedOn) {
		return new PoolFigures(new Distribution(this.pool.totals(before)), Reliability.of(this.pool.sums(before)),
				publishedOn, this.properties.minPool());
	}

}
