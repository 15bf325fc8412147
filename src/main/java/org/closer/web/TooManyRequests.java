package org.closer.web;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** A 429 that says when to try again: {@code Retry-After} in whole seconds, at least one. */
public final class TooManyRequests {

	private TooManyRequests() {
	}

	/** Sets {@code Retry-After} for the given wait and returns its seconds. */
	public static long retryAfter(HttpServletResponse response, Duration wait) {
		long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		return seconds;
	}

	/** Answers with the friendly 429 page and its {@code Retry-After}. */
	public static void send(HttpServletResponse response, Duration wait) throws IOException {
		retryAfter(response, wait);
		response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
	}

}
