package org.closer.web;

import java.time.Duration;
import java.time.Instant;

import org.closer.support.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One allowance per client address, on a clock the test moves: a burst, then the rate, then forgotten. */
class AddressAllowanceTest {

	private static final Instant START = Instant.parse("2026-11-26T12:00:00Z");

	private final MutableClock clock = new MutableClock(START);

	/** The shipped submission limit: 10 a minute with a burst of 5. */
	private final AddressAllowance allowance = new AddressAllowance(new RateLimitProperties(10, 5).bandwidth(),
			this.clock);

	@Test
	void shouldAllowABurstThenOneSubmissionEverySixSeconds() {
		for (int i = 0; i < 5; i++) {
			assertThat(this.allowance.tryTake("192.0.2.1")).as("burst %d", i).isTrue();
		}
		assertThat(this.allowance.tryTake("192.0.2.1")).isFalse();
		assertThat(this.allowance.untilNext("192.0.2.1")).isEqualTo(Duration.ofSeconds(6));
		assertThat(this.allowance.tryTake("192.0.2.2")).as("another address has its own allowance").isTrue();

		this.clock.set(START.plusSeconds(4));
		assertThat(this.allowance.untilNext("192.0.2.1")).isEqualTo(Duration.ofSeconds(2));
		this.clock.set(START.plusSeconds(6));
		assertThat(this.allowance.untilNext("192.0.2.1")).isZero();
		assertThat(this.allowance.tryTake("192.0.2.1")).isTrue();
		assertThat(this.allowance.tryTake("192.0.2.1")).isFalse();
	}

	@Test
	void shouldForgetAnAddressOnceItsAllowanceWouldBeFullAgain() {
		for (int i = 0; i < 1_000; i++) {
			this.allowance.tryTake("10.0." + (i / 256) + "." + (i % 256));
		}
		this.allowance.tryTake("192.0.2.9");
		assertThat(this.allowance.trackedAddresses()).isEqualTo(1_001);

		// Five submissions come back at ten a minute in 30 seconds.
		this.clock.set(START.plusSeconds(29));
		this.allowance.tryTake("192.0.2.9");
		this.clock.set(START.plusSeconds(31));

		assertThat(this.allowance.trackedAddresses()).as("only the address seen in the last 30 seconds").isEqualTo(1);
	}

}
