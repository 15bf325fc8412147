package org.closer.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Marks the pages that hold one visitor's own answers, before their handler runs: no cache may keep
 * them and no search engine may index them. Each feature registers it for its private paths.
 */
public final class PrivatePages implements HandlerInterceptor {

	private static final String NO_STORE = CacheControl.noStore().getHeaderValue();

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
		response.setHeader("X-Robots-Tag", "noindex");
		return true;
	}

}
