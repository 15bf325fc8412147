package org.closer.insights;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

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

class DistributionSourceTest {

	private final FisResponseRepository responses = mock(FisResponseRepository.class);

	private final Instrument instrument = mock(Instrument.class);

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T12:00:00Z"));

	@Test
	void shouldCountOnceAndReuseTheCountWhileItIsFresh() {
		when(this.responses.countConsentingByTotal(anyString())).thenReturn(List.of(new TotalCount(100, 5)));
		DistributionSource source = source(Duration.ofSeconds(60));

		assertThat(source.current().pool()).isEqualTo(5);
		this.clock.set(this.clock.instant().plusSeconds(59));
		assertThat(source.current().pool()).isEqualTo(5);

		verify(this.responses, times(1)).countConsentingByTotal(anyString());
	}

	@Test
	void shouldKeepServingTheLastCountWhileOneBackgroundCountRefreshesIt() throws Exception {
		when(this.responses.countConsentingByTotal(anyString())).thenReturn(List.of(new TotalCount(100, 5)))
			.thenReturn(List.of(new TotalCount(100, 7)));
		DistributionSource source = source(Duration.ofSeconds(60));
		source.current();
		this.clock.set(this.clock.instant().plusSeconds(60));

		assertThat(source.current().pool()).as("stale figures, not a wait").isEqualTo(5);
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (source.current().pool() != 7 && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}

		assertThat(source.current().pool()).isEqualTo(7);
		verify(this.responses, times(2)).countConsentingByTotal(anyString());
	}

	@Test
	void shouldCountEveryTimeWhenCachingIsOff() {
		when(this.responses.countConsentingByTotal(anyString())).thenReturn(List.of(new TotalCount(100, 5)));
		DistributionSource source = source(Duration.ZERO);

		source.current();
		source.current();

		verify(this.responses, times(2)).countConsentingByTotal(anyString());
	}

	private DistributionSource source(Duration cacheFor) {
		when(this.instrument.version()).thenReturn("v1");
		return new DistributionSource(this.responses, this.instrument, new InsightsProperties(30, cacheFor), this.clock);
	}

}
