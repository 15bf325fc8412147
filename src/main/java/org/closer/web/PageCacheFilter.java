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
 * usual, the page is kept, and that request and every later one get the same bytes (gzipped when the
 * browser accepts it) with the same headers, the site's strict ones included; a browser that still
 * has them gets a 304. Only exact, known paths of GET and HEAD requests without a query ever hit the
 * cache. On Tomcat, {@link PageCacheValve} answers the later requests before they reach this filter.
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
		return !isPlainRead(request);
	}

	/** A GET or HEAD without a query: the only requests the cache ever answers. */
	static boolean isPlainRead(HttpServletRequest request) {
		String method = request.getMethod();
		return ("GET".equals(method) || "HEAD".equals(method)) && request.getQueryString() == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<PageCache.Page> cached = this.cache.find(request.getRequestURI());
		if (cached.isPresent()) {
			send(cached.get(), request, response);
			return;
		}
		if (!this.cacheable.mayBeCached(request.getRequestURI())) {
			chain.doFilter(request, response);
			return;
		}
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendering);
		if (Boolean.TRUE.equals(request.getAttribute(CACHEABLE)) && rendering.getStatus() == HttpServletResponse.SC_OK
				&& !rendering.containsHeader(HttpHeaders.SET_COOKIE) && "GET".equals(request.getMethod())
				&& !response.isCommitted()) {
			PageCache.Page page = this.cache.store(request.getRequestURI(), rendering.getContentType(),
					rendering.getLocale().toLanguageTag(), rendering.getContentAsByteArray());
			// The first answer is the kept page too, so it carries exactly the headers every later one does.
			response.reset();
			send(page, request, response);
			return;
		}
		rendering.copyBodyToResponse();
	}

	private static void send(PageCache.Page page, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		Optional<byte[]> body = respond(page, request, response);
		if (body.isPresent()) {
			response.getOutputStream().write(body.get());
		}
	}

	/**
	 * Sets the status and headers that answer with the kept page (a 304 when the browser still has
	 * it) and returns the body still to be written: none for a 304 or a HEAD.
	 */
	static Optional<byte[]> respond(PageCache.Page page, HttpServletRequest request, HttpServletResponse response) {
		Answer answer = Answer.to(page, request);
		SiteSecurity.writeStrictHeaders(request, response);
		response.setHeader("X-XSS-Protection", "0");
		response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
		response.setHeader(HttpHeaders.ETAG, page.etag());
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		if (answer == Answer.NOT_MODIFIED) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return Optional.empty();
		}
		response.setContentType(page.contentType());
		if (page.contentLanguage() != null) {
			response.setHeader(HttpHeaders.CONTENT_LANGUAGE, page.contentLanguage());
		}
		if (answer == Answer.GZIPPED) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(answer.content(page).length);
		return answer.sent(page, request);
	}

	/** The three ways a kept page is answered; each has its own, fixed status and headers. */
	enum Answer {

		/** The HTML as it is. */
		PLAIN,

		/** The HTML gzipped, for a browser that accepts it. */
		GZIPPED,

		/** A 304 without a body, for a browser that still has this very page. */
		NOT_MODIFIED;

		/** How this request is answered with the page. */
		static Answer to(PageCache.Page page, HttpServletRequest request) {
			if (page.etag().equals(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
				return NOT_MODIFIED;
			}
			String acceptEncoding = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
			return (acceptEncoding != null && acceptEncoding.contains("gzip")) ? GZIPPED : PLAIN;
		}

		/** The bytes this answer describes: the gzipped HTML or the HTML (never sent with a 304). */
		byte[] content(PageCache.Page page) {
			return (this == GZIPPED) ? page.gzipped() : page.body();
		}

		/** The body still to be written: none for a 304 or a HEAD request. */
		Optional<byte[]> sent(PageCache.Page page, HttpServletRequest request) {
			return (this == NOT_MODIFIED || "HEAD".equals(request.getMethod())) ? Optional.empty()
					: Optional.of(content(page));
		}

	}

}
