package org.closer.web.pagecache;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Answers the {@link CacheablePages} from memory, ahead of every other filter. The first GET of a page
 * is rendered by the whole site as usual, security headers included, and kept; that answer and every
 * later one are written from what was kept, gzipped for browsers that accept it, and a browser that
 * still has the page gets a 304. The filter is mapped to exactly the pages' paths; any other request to
 * them (with a query string, say) is rendered as usual. All of them may be kept by browsers, but only
 * until they have asked again.
 */
final class PageCacheFilter extends HttpFilter {

	private static final String REVALIDATE = CacheControl.noCache().getHeaderValue();

	private final Map<Kept, KeptPage> pages = new ConcurrentHashMap<>();

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!isPlainRead(request)) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, REVALIDATE);
			chain.doFilter(request, response);
			return;
		}
		// HTTPS answers carry HSTS, so a page is kept once per scheme.
		Kept key = new Kept(request.getRequestURI(), request.isSecure());
		KeptPage kept = this.pages.get(key);
		if (kept != null) {
			kept.answer(request, response);
			return;
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, REVALIDATE);
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendering);
		// A HEAD renders no body to keep, and a page that sets a cookie is not the same for everyone.
		if (!"GET".equals(request.getMethod()) || rendering.getStatus() != HttpServletResponse.SC_OK
				|| rendering.containsHeader(HttpHeaders.SET_COOKIE)) {
			rendering.copyBodyToResponse();
			return;
		}
		byte[] html = rendering.getContentAsByteArray();
		this.pages.computeIfAbsent(key, (page) -> KeptPage.of(response, html)).send(request, response);
	}

	/**
	 * A GET or HEAD of exactly a page's path: no query string, nothing encoded, no path parameters
	 * (which the site's firewall refuses).
	 */
	private static boolean isPlainRead(HttpServletRequest request) {
		String method = request.getMethod();
		return ("GET".equals(method) || "HEAD".equals(method)) && request.getQueryString() == null
				&& request.getRequestURI().equals(request.getServletPath());
	}

	/**
	 * What a kept page is found by.
	 *
	 * @param path the page's path
	 * @param secure whether it was asked for over HTTPS
	 */
	private record Kept(String path, boolean secure) {
	}

}
