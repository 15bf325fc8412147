package org.closer.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a client address that sends forms faster than allowed with the friendly 429 page. The
 * address is the connection's, or the forwarded one only when the operator has turned on
 * {@code server.forward-headers-strategy}.
 */
class RateLimitFilter extends OncePerRequestFilter {

	private static final String RETRY_AFTER_SECONDS = "60";

	private final SubmissionRateLimiter limiter;

	RateLimitFilter(SubmissionRateLimiter limiter) {
		this.limiter = limiter;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !HttpMethod.POST.matches(request.getMethod()) || !this.limiter.isEnabled();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!this.limiter.tryAcquire(request.getRemoteAddr())) {
			response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
			response.sendError(429);
			return;
		}
		chain.doFilter(request, response);
	}

}
