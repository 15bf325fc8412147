package org.closer.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than any of the site's forms can send (the questionnaire sends
 * under 1 KB) with the friendly 400 page, before anything reads or parses it.
 */
class RequestSizeLimitFilter extends OncePerRequestFilter {

	/** The largest body accepted, in bytes. */
	static final long MAX_BODY_BYTES = 8 * 1024;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > MAX_BODY_BYTES) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		chain.doFilter(request, response);
	}

}
