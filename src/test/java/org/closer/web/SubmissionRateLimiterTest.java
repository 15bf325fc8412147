package org.closer.web;

import java.time.Instant;

import org.closer.support.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SubmissionRateLimiterTest {

	private static final Instant START = Instant.parse("2026-11-26T12:00:00Z");

	@Test
	void shouldAllowABurstThenOneSubmissionPerSixSecondsAtTenAMinute() {
		MutableClock clock = new MutableClock(START);
		SubmissionRateLimiter limiter = new SubmissionRateLimiter(new RateLimitProperties(10, 5), clock);
		for (int i = 0; i < 5; i++) {
			assertThat(limiter.tryAcquire("192.0.2.1")).as("burst %d", i).isTrue();
		}
		assertThat(limiter.tryAcquire("192.0.2.1")).isFalse();
		assertThat(limiter.tryAcquire("192.0.2.2")).as("another address has its own allowance").isTrue();

		clock.set(START.plusSeconds(6));
		assertThat(limiter.tryAcquire("192.0.2.1")).isTrue();
		assertThat(limiter.tryAcquire("192.0.2.1")).isFalse();
	}

	@Test
	void shouldLetEverythingThroughWhenTurnedOff() {
		SubmissionRateLimiter limiter = limiter(START, 0, 5);
		for (int i = 0; i < 1_000; i++) {
			assertThat(limiter.tryAcquire("192.0.2.1")).isTrue();
		}
		assertThat(limiter.trackedAddresses()).isZero();
	}

	@Test
	void shouldForgetAddressesWhoseAllowanceHasFilledUpAgain() {
		MutableClock clock = new MutableClock(START);
		SubmissionRateLimiter limiter = new SubmissionRateLimiter(new RateLimitProperties(10, 5), clock);
		for (int i = 0; i <= SubmissionRateLimiter.SWEEP_ABOVE; i++) {
			limiter.tryAcquire("10.0." + (i / 256) + "." + (i % 256));
		}
		assertThat(limiter.trackedAddresses()).isEqualTo(SubmissionRateLimiter.SWEEP_ABOVE + 1);

		clock.set(START.plusSeconds(60));
		limiter.tryAcquire("192.0.2.9");

		assertThat(limiter.trackedAddresses()).isEqualTo(1);
	}

	private static SubmissionRateLimiter limiter(Instant now, int perMinute, int burst) {
		return new SubmissionRateLimiter(new RateLimitProperties(perMinute, burst), new MutableClock(now));
	}

}
