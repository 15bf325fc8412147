package org.closer.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a visitor who asks for the error page itself ({@code GET /error}) with the friendly 404;
 * the container still forwards real errors there, which this filter never sees.
 */
class ErrorPathFilter extends OncePerRequestFilter {

	static final String ERROR_PATH = "/error";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (ERROR_PATH.equals(request.getRequestURI()) || request.getRequestURI().startsWith(ERROR_PATH + "/")) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		chain.doFilter(request, response);
	}

}
