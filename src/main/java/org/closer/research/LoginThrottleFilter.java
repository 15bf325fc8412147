package org.closer.research;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.closer.web.AddressAllowance;

import org.springframework.http.HttpHeaders;

/**
 * Refuses, ahead of every other filter and without checking any password, each login attempt from a
 * client address that has failed too often within the window, and counts each attempt that fails.
 * Nothing about an address is stored or logged.
 */
final class LoginThrottleFilter extends HttpFilter {

	private final AddressAllowance failures;

	private final SlowRefusals refusals;

	LoginThrottleFilter(AddressAllowance failures, SlowRefusals refusals) {
		this.failures = failures;
		this.refusals = refusals;
	}

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
			// Without credentials there is no password to check, only the challenge to send.
			chain.doFilter(request, response);
			return;
		}
		String address = request.getRemoteAddr();
		if (this.failures.isUsedUp(address)) {
			this.refusals.refuse(request, this.failures.untilNext(address));
			return;
		}
		chain.doFilter(request, response);
		if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
			this.failures.tryTake(address);
		}
	}

}
