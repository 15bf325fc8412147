package org.closer.fis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves result pages rendered before, after checking on every request that the key still opens a
 * stored response, so a deleted result is gone at once on every instance. A page is kept under what
 * shapes it (the answers, the day, the address it was asked for without the key, the statistics) and
 * never under its key: the key is cut out of the kept bytes and put back for each request, so memory
 * never holds a key, which the database does not store either. The first request for a page renders
 * it through the whole site as usual, headers included; later ones get the same bytes and headers.
 */
class ResultPageCache extends OncePerRequestFilter {

	/** Pages kept at most; the least recently served goes first. */
	static final int CAPACITY = 256;

	private static final String PREFIX = ResultController.RESULTS_PATH + "/";

	/** Written per response by the server, never replayed. */
	private static final Set<String> NOT_REPLAYED = Set.of(HttpHeaders.CONTENT_LENGTH, HttpHeaders.CONTENT_TYPE,
			HttpHeaders.DATE, HttpHeaders.SET_COOKIE, HttpHeaders.VARY, HttpHeaders.CONTENT_ENCODING,
			HttpHeaders.TRANSFER_ENCODING);

	private final JdbcTemplate jdbc;

	private final ResultPageVersion version;

	private final Map<Shape, Page> pages = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Shape, Page> eldest) {
			return size() > CAPACITY;
		}
	});

	ResultPageCache(JdbcTemplate jdbc, ResultPageVersion version) {
		this.jdbc = jdbc;
		this.version = version;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		String path = request.getRequestURI();
		return !("GET".equals(method) || "HEAD".equals(method)) || request.getQueryString() != null
				|| !path.startsWith(PREFIX) || path.indexOf('/', PREFIX.length()) >= 0;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<ResultKey> key = ResultKey.parse(request.getRequestURI().substring(PREFIX.length()));
		Optional<String> stored = key.flatMap(this::storedShape);
		if (stored.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		String keyText = key.get().toString();
		Shape shape = new Shape(stored.get(), request.getRequestURL().toString().replace(keyText, ""),
				this.version.version());
		Page page = this.pages.get(shape);
		if (page != null) {
			page.serve(keyText, request, response);
			return;
		}
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendering);
		if (rendering.getStatus() == HttpServletResponse.SC_OK && !rendering.containsHeader(HttpHeaders.SET_COOKIE)
				&& "GET".equals(request.getMethod())) {
			this.pages.put(shape, Page.of(rendering, keyText));
		}
		rendering.copyBodyToResponse();
	}

	/** What of the stored response shapes its page, if the key opens one. */
	private Optional<String> storedShape(ResultKey key) {
		List<String> shapes = this.jdbc.query("select answers, submitted_on from fis_response where key_hash = ?",
				(row, number) -> row.getString(1) + ' ' + row.getDate(2), key.hash());
		return shapes.stream().findFirst();
	}

	/**
	 * What a result page shows, its key aside.
	 *
	 * @param stored the answers and the day
	 * @param address the address the page was asked for, without the key
	 * @param version what else shaped the page, compared by identity
	 */
	private record Shape(String stored, String address, Object version) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Shape shape && this.stored.equals(shape.stored) && this.address.equals(shape.address)
					&& this.version == shape.version;
		}

		@Override
		public int hashCode() {
			return 31 * this.stored.hashCode() + this.address.hashCode() + System.identityHashCode(this.version);
		}

	}

	/**
	 * A rendered result page without its key.
	 *
	 * @param contentType its content type
	 * @param headers the headers it was first served with, in order
	 * @param pieces the bytes between the places the key goes
	 */
	private record Page(String contentType, List<Map.Entry<String, String>> headers, List<byte[]> pieces) {

		static Page of(ContentCachingResponseWrapper rendering, String key) {
			List<Map.Entry<String, String>> headers = new ArrayList<>();
			for (String name : rendering.getHeaderNames()) {
				if (NOT_REPLAYED.stream().noneMatch(name::equalsIgnoreCase)) {
					rendering.getHeaders(name).forEach((value) -> headers.add(Map.entry(name, value)));
				}
			}
			String body = new String(rendering.getContentAsByteArray(), StandardCharsets.UTF_8);
			List<byte[]> pieces = new ArrayList<>();
			int from = 0;
			for (int at = body.indexOf(key); at >= 0; at = body.indexOf(key, from)) {
				pieces.add(body.substring(from, at).getBytes(StandardCharsets.UTF_8));
				from = at + key.length();
			}
			pieces.add(body.substring(from).getBytes(StandardCharsets.UTF_8));
			return new Page(rendering.getContentType(), List.copyOf(headers), List.copyOf(pieces));
		}

		void serve(String key, HttpServletRequest request, HttpServletResponse response) throws IOException {
			this.headers.forEach((header) -> response.addHeader(header.getKey(), header.getValue()));
			response.setContentType(this.contentType);
			byte[] keyBytes = key.getBytes(StandardCharsets.US_ASCII);
			int length = keyBytes.length * (this.pieces.size() - 1);
			for (byte[] piece : this.pieces) {
				length += piece.length;
			}
			response.setContentLength(length);
			if ("HEAD".equals(request.getMethod())) {
				return;
			}
			ServletOutputStream out = response.getOutputStream();
			for (int i = 0; i < this.pieces.size(); i++) {
				if (i > 0) {
					out.write(keyBytes);
				}
				out.write(this.pieces.get(i));
			}
		}

	}

}
