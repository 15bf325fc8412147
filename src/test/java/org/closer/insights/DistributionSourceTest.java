package org.closer.insights;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;

import org.closer.fis.FisResponseRepository;
import org.closer.fis.Instrument;
import org.closer.fis.TotalCount;
import org.closer.support.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The pool's figures counted once, reused while fresh, and counted again in the background once stale. */
class DistributionSourceTest {

	private final FisResponseRepository responses = mock(FisResponseRepository.class);

	private final Instrument instrument = mock(Instrument.class);

	private final ReliabilityQuery reliability = mock(ReliabilityQuery.class);

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T12:00:00Z"));

	/** The background: tasks wait here until the test runs them. */
	private final Queue<Runnable> background = new ArrayDeque<>();

	@Test
	void shouldCountOnceAndReuseTheCountWhileItIsFresh() {
		when(this.responses.countConsentingByTotal(anyString())).thenReturn(List.of(new TotalCount(100, 5)));
		DistributionSource source = source(Duration.ofSeconds(60));

		assertThat(source.current().distribution().pool()).isEqualTo(5);
		this.clock.set(this.clock.instant().plusSeconds(59));
		assertThat(source.current().distribution().pool()).isEqualTo(5);

		runTheBackground();
		verify(this.responses, times(1)).countConsentingByTotal("v1");
	}

	@Test
	void shouldKeepServingTheLastCountWhileTheBackgroundCountsAgain() {
		when(this.responses.countConsentingByTotal(anyString())).thenReturn(List.of(new TotalCount(100, 5)))
			.thenReturn(List.of(new TotalCount(100, 7)));
		DistributionSource source = source(Duration.ofSeconds(60));
		source.current();
		this.clock.set(this.clock.instant().plusSeconds(61));

		assertThat(source.current().distribution().pool()).as("stale figures, not a wait").isEqualTo(5);
		assertThat(source.current().distribution().pool()).isEqualTo(5);
		verify(this.responses, times(1)).countConsentingByTotal("v1");
		runTheBackground();

		assertThat(source.current().distribution().pool()).isEqualTo(7);
		// One count again, however many visitors came while it ran.
		verify(this.responses, times(2)).countConsentingByTotal("v1");
	}

	@Test
	void shouldCountInTheBackgroundAsTheApplicationStarts() {
		when(this.responses.countConsentingByTotal(anyString())).thenReturn(List.of(new TotalCount(100, 5)));
		DistributionSource source = source(Duration.ofSeconds(60));

		source.warmUp();
		verify(this.responses, times(0)).countConsentingByTotal("v1");
		runTheBackground();

		assertThat(source.current().distribution().pool()).isEqualTo(5);
		verify(this.responses, times(1)).countConsentingByTotal("v1");
	}

	@Test
	void shouldCountEveryTimeWhenCachingIsOff() {
		when(this.responses.countConsentingByTotal(anyString())).thenReturn(List.of(new TotalCount(100, 5)));
		DistributionSource source = source(Duration.ZERO);

		source.current();
		source.current();

		verify(this.responses, times(2)).countConsentingByTotal("v1");
	}

	private void runTheBackground() {
		while (!this.background.isEmpty()) {
			this.background.remove().run();
		}
	}

	private DistributionSource source(Duration cacheFor) {
		when(this.instrument.version()).thenReturn("v1");
		when(this.reliability.current()).thenReturn(new Reliability(5, 20, 0.9));
		return new DistributionSource(this.responses, this.reliability, this.instrument,
				new InsightsProperties(30, cacheFor), this.clock, this.background::add);
	}

}
