package org.closer.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a client address that sends forms faster than its allowance with the friendly 429 page and
 * the seconds until it may send again; a step that only takes something away is never held back. The
 * address is the connection's, or the forwarded one only when the operator has turned on
 * {@code server.forward-headers-strategy}.
 */
class RateLimitFilter extends OncePerRequestFilter {

	private final AddressAllowance submissions;

	private final PostHandlers handlers;

	RateLimitFilter(AddressAllowance submissions, PostHandlers handlers) {
		this.submissions = submissions;
		this.handlers = handlers;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !HttpMethod.POST.matches(request.getMethod()) || this.handlers.neverLimited(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String address = request.getRemoteAddr();
		if (!this.submissions.tryTake(address)) {
			TooManyRequests.send(response, this.submissions.untilNext(address));
			return;
		}
		chain.doFilter(request, response);
	}

}
