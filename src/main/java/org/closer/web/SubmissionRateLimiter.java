package org.closer.web;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * A token bucket per client address for form submissions, held only in memory and never stored or
 * logged. Buckets that have filled up again are forgotten, so memory follows the recent senders only.
 */
@Component
class SubmissionRateLimiter {

	/** How many buckets may be held before the full ones are swept out. */
	static final int SWEEP_ABOVE = 10_000;

	private final RateLimitProperties properties;

	private final Clock clock;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	SubmissionRateLimiter(RateLimitProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	/** Whether the limit is on at all. */
	boolean isEnabled() {
		return this.properties.perMinute() > 0;
	}

	/** Takes one submission from the address's allowance; false when it is used up. */
	boolean tryAcquire(String address) {
		if (!isEnabled()) {
			return true;
		}
		long now = this.clock.millis();
		if (this.buckets.size() > SWEEP_ABOVE) {
			this.buckets.values().removeIf((bucket) -> bucket.isFullAt(now, this.properties));
		}
		return this.buckets.computeIfAbsent(address, (key) -> new Bucket(this.properties.burst(), now))
			.take(now, this.properties);
	}

	/** How many addresses are being remembered right now. */
	int trackedAddresses() {
		return this.buckets.size();
	}

	/** One address's allowance: tokens refill at the configured rate up to the burst. */
	private static final class Bucket {

		private double tokens;

		private long updatedAt;

		Bucket(int tokens, long now) {
			this.tokens = tokens;
			this.updatedAt = now;
		}

		synchronized boolean take(long now, RateLimitProperties limit) {
			refill(now, limit);
			if (this.tokens < 1) {
				return false;
			}
			this.tokens -= 1;
			return true;
		}

		synchronized boolean isFullAt(long now, RateLimitProperties limit) {
			refill(now, limit);
			return this.tokens >= limit.burst();
		}

		private void refill(long now, RateLimitProperties limit) {
			double earned = (now - this.updatedAt) * limit.perMinute() / 60_000.0;
			this.tokens = Math.min(limit.burst(), this.tokens + earned);
			this.updatedAt = now;
		}

	}

}
