package org.closer.web;

import java.time.Clock;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

/**
 * An allowance per client address, such as so many form submissions a minute: a Bucket4j bucket for
 * each address, held in memory only, never stored or logged, and forgotten once it would be full again,
 * so memory follows the recent senders only.
 */
public final class AddressAllowance {

	/** The most addresses remembered at once; beyond it, the least recently seen are forgotten first. */
	static final int MAX_ADDRESSES = 100_000;

	private final Bandwidth bandwidth;

	private final TimeMeter time;

	private final Cache<String, Bucket> buckets;

	/** An allowance of the given bandwidth for every address, timed by the given clock. */
	public AddressAllowance(Bandwidth bandwidth, Clock clock) {
		this.bandwidth = bandwidth;
		this.time = new ClockTime(clock);
		this.buckets = Caffeine.newBuilder()
			.expireAfterAccess(refilledAfter(bandwidth))
			.maximumSize(MAX_ADDRESSES)
			.ticker(this.time::currentTimeNanos)
			.build();
	}

	/** Takes one from the address's allowance; false when it is used up. */
	public boolean tryTake(String address) {
		return bucket(address).tryConsume(1);
	}

	/** Whether the address has nothing left to take right now; an address never seen has its whole allowance. */
	public boolean isUsedUp(String address) {
		Bucket bucket = this.buckets.getIfPresent(address);
		return bucket != null && bucket.getAvailableTokens() < 1;
	}

	/** How long the address waits until it may take one again: zero when it may now. */
	public Duration untilNext(String address) {
		return Duration.ofNanos(bucket(address).estimateAbilityToConsume(1).getNanosToWaitForRefill());
	}

	/** How many addresses are remembered right now. */
	long trackedAddresses() {
		this.buckets.cleanUp();
		return this.buckets.estimatedSize();
	}

	private Bucket bucket(String address) {
		return this.buckets.get(address,
				(key) -> Bucket.builder().addLimit(this.bandwidth).withCustomTimePrecision(this.time).build());
	}

	/** How long an empty bucket takes to fill up: after that, a fresh one is the same. */
	private static Duration refilledAfter(Bandwidth bandwidth) {
		long nanos = bandwidth.getCapacity() * bandwidth.getRefillPeriodNanos();
		return Duration.ofNanos((nanos + bandwidth.getRefillTokens() - 1) / bandwidth.getRefillTokens());
	}

	/** The application's clock as Bucket4j and Caffeine read time, so tests can move it. */
	private record ClockTime(Clock clock) implements TimeMeter {

		@Override
		public long currentTimeNanos() {
			return this.clock.millis() * 1_000_000L;
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}

	}

}
