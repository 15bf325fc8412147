package org.closer.insights;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;

import org.closer.fis.ConsentingPool;
import org.closer.fis.PoolSums;
import org.closer.fis.TotalCount;
import org.closer.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The pool's figures published at midnight UTC from the answers given before that day and kept until
 * the next publication, whoever asks in between; counted on every request only when publishing is off.
 */
class PoolSnapshotsTest {

	private static final PoolSums NO_SUMS = new PoolSums(0, 0, 0, new double[35], new double[35]);

	private final ConsentingPool pool = mock(ConsentingPool.class);

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T12:00:00Z"));

	/** The background: tasks wait here until the test runs them. */
	private final Queue<Runnable> background = new ArrayDeque<>();

	@BeforeEach
	void aPoolOfFive() {
		when(this.pool.totals(any())).thenReturn(List.of(new TotalCount(100, 5)));
		when(this.pool.sums(any())).thenReturn(NO_SUMS);
	}

	@Test
	void shouldCountTheAnswersGivenBeforeTodayOnceAndKeepThemUntilMidnight() {
		PoolSnapshots snapshots = snapshots(Duration.ofDays(1));

		PoolFigures morning = snapshots.current();
		when(this.pool.totals(any())).thenReturn(List.of(new TotalCount(100, 6)));
		this.clock.set(Instant.parse("2026-11-26T23:59:59Z"));
		PoolFigures evening = snapshots.current();

		assertThat(evening).isSameAs(morning);
		assertThat(evening.distribution().pool()).isEqualTo(5);
		assertThat(evening.publishedOn()).isEqualTo(LocalDate.of(2026, 11, 26));
		verify(this.pool, times(1)).totals(LocalDate.of(2026, 11, 26));

		this.clock.set(Instant.parse("2026-11-27T00:00:00Z"));

		assertThat(snapshots.current().distribution().pool()).isEqualTo(6);
		assertThat(snapshots.current().publishedOn()).isEqualTo(LocalDate.of(2026, 11, 27));
		verify(this.pool, times(1)).totals(LocalDate.of(2026, 11, 27));
	}

	@Test
	void shouldPublishEveryFewDaysOnTheSameDaysWhenEverItStarted() {
		PoolSnapshots snapshots = snapshots(Duration.ofDays(7));
		LocalDate publication = LocalDate.ofEpochDay(LocalDate.of(2026, 11, 26).toEpochDay() / 7 * 7);

		assertThat(snapshots.current().publishedOn()).isEqualTo(publication);
		this.clock.set(publication.plusDays(6).atTime(23, 0).toInstant(ZoneOffset.UTC));
		assertThat(snapshots.current().publishedOn()).isEqualTo(publication);
		this.clock.set(publication.plusDays(7).atStartOfDay().toInstant(ZoneOffset.UTC));
		assertThat(snapshots.current().publishedOn()).isEqualTo(publication.plusDays(7));

		verify(this.pool, times(1)).totals(publication);
		verify(this.pool, times(1)).totals(publication.plusDays(7));
	}

	@Test
	void shouldCountThePublicationInTheBackgroundAsTheApplicationStarts() {
		PoolSnapshots snapshots = snapshots(Duration.ofDays(1));

		snapshots.publish();
		verify(this.pool, never()).totals(any());
		runTheBackground();

		assertThat(snapshots.current().distribution().pool()).isEqualTo(5);
		verify(this.pool, times(1)).totals(LocalDate.of(2026, 11, 26));
	}

	@Test
	void shouldCountEveryAnswerOnEveryRequestWhenPublishingIsOff() {
		PoolSnapshots snapshots = snapshots(Duration.ZERO);

		snapshots.current();
		snapshots.current();
		snapshots.publish();

		verify(this.pool, times(2)).totals(LocalDate.of(2026, 11, 27));
		assertThat(this.background).isEmpty();
	}

	private void runTheBackground() {
		while (!this.background.isEmpty()) {
			this.background.remove().run();
		}
	}

	private PoolSnapshots snapshots(Duration cacheFor) {
		return new PoolSnapshots(this.pool, new InsightsProperties(30, cacheFor, false), this.clock, this.background::add);
	}

}
