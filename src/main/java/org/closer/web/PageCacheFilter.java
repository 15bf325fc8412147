package org.closer.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves the pages marked {@link CachedPage} as bytes rendered once: the first request renders as
 * usual and is kept; every later one gets the same bytes (gzipped when the browser accepts it) with
 * the site's strict headers, and a browser that still has them gets a 304. Only exact, known paths
 * of GET and HEAD requests without a query ever hit the cache.
 */
class PageCacheFilter extends OncePerRequestFilter {

	/** Browsers may keep a page but must ask again each time; the ETag makes asking cheap. */
	static final String CACHE_CONTROL = "no-cache";

	private static final String CACHEABLE = PageCacheFilter.class.getName() + ".cacheable";

	private final PageCache cache;

	private final CacheablePaths cacheable;

	PageCacheFilter(PageCache cache, CacheablePaths cacheable) {
		this.cache = cache;
		this.cacheable = cacheable;
	}

	/** Flags requests whose handler is marked {@link CachedPage}. */
	static HandlerInterceptor marker() {
		return new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				if (handler instanceof HandlerMethod method && method.hasMethodAnnotation(CachedPage.class)) {
					request.setAttribute(CACHEABLE, Boolean.TRUE);
				}
				return true;
			}
		};
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return !("GET".equals(method) || "HEAD".equals(method)) || request.getQueryString() != null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<PageCache.Page> cached = this.cache.find(request.getRequestURI());
		if (cached.isPresent()) {
			serve(cached.get(), request, response);
			return;
		}
		if (!this.cacheable.mayBeCached(request.getRequestURI())) {
			chain.doFilter(request, response);
			return;
		}
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendering);
		if (Boolean.TRUE.equals(request.getAttribute(CACHEABLE)) && rendering.getStatus() == HttpServletResponse.SC_OK
				&& !rendering.containsHeader(HttpHeaders.SET_COOKIE) && "GET".equals(request.getMethod())) {
			PageCache.Page page = this.cache.store(request.getRequestURI(), rendering.getContentType(),
					rendering.getHeader(HttpHeaders.CONTENT_LANGUAGE), rendering.getContentAsByteArray());
			rendering.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
			rendering.setHeader(HttpHeaders.ETAG, page.etag());
		}
		rendering.copyBodyToResponse();
	}

	private static void serve(PageCache.Page page, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		SiteSecurity.writeStrictHeaders(request, response);
		response.setHeader("X-XSS-Protection", "0");
		response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
		response.setHeader(HttpHeaders.ETAG, page.etag());
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		if (page.etag().equals(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setContentType(page.contentType());
		if (page.contentLanguage() != null) {
			response.setHeader(HttpHeaders.CONTENT_LANGUAGE, page.contentLanguage());
		}
		String acceptEncoding = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		byte[] body = page.body();
		if (acceptEncoding != null && acceptEncoding.contains("gzip")) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
			body = page.gzipped();
		}
		response.setContentLength(body.length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(body);
		}
	}

}
