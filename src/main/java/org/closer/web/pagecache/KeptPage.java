package org.closer.web.pagecache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * A page as the whole site first answered it: the headers its filter chain set (the security headers
 * among them), its content type and language, and its HTML, plain and gzipped once, under a strong ETag.
 *
 * @param headers the headers the page was rendered with, each name with its values, in order
 * @param contentType its content type, with charset
 * @param locale its language
 * @param html the HTML
 * @param gzipped the same HTML, gzipped
 * @param etag the strong validator of the HTML
 */
record KeptPage(List<Header> headers, String contentType, Locale locale, byte[] html, byte[] gzipped, String etag) {

	/** What every answer of a kept page says about encodings, whichever one it sends. */
	static final String VARY = "accept-encoding";

	/** Headers that belong to one answer, or that each answer writes itself, so they are never kept. */
	private static final Set<String> PER_ANSWER = caseInsensitive(HttpHeaders.DATE, HttpHeaders.CONTENT_LENGTH,
			HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LANGUAGE, HttpHeaders.CONTENT_ENCODING,
			HttpHeaders.TRANSFER_ENCODING, HttpHeaders.VARY, HttpHeaders.ETAG, HttpHeaders.SET_COOKIE);

	/** Keeps what a rendering response was given: its headers and the HTML it held back. */
	static KeptPage of(HttpServletResponse rendered, byte[] html) {
		List<Header> headers = new ArrayList<>();
		for (String name : new LinkedHashSet<>(rendered.getHeaderNames())) {
			if (!PER_ANSWER.contains(name)) {
				headers.add(new Header(name, List.copyOf(rendered.getHeaders(name))));
			}
		}
		return new KeptPage(List.copyOf(headers), rendered.getContentType(), rendered.getLocale(), html, gzip(html),
				etag(html));
	}

	/** Answers a request: a 304 when the browser still has this very page, the page otherwise. */
	void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
		writeHeaders(response);
		boolean revalidating = request.getHeader(HttpHeaders.IF_NONE_MATCH) != null;
		if (!revalidating || !new ServletWebRequest(request, response).checkNotModified(this.etag)) {
			writeContent(request, response);
		}
	}

	/** Sends the page itself, whatever the browser may have kept: for the answer that rendered it. */
	void send(HttpServletRequest request, HttpServletResponse response) throws IOException {
		writeHeaders(response);
		writeContent(request, response);
	}

	private void writeHeaders(HttpServletResponse response) {
		for (Header header : this.headers) {
			response.setHeader(header.name(), header.values().get(0));
			for (int i = 1; i < header.values().size(); i++) {
				response.addHeader(header.name(), header.values().get(i));
			}
		}
		response.setHeader(HttpHeaders.ETAG, this.etag);
		response.setHeader(HttpHeaders.VARY, VARY);
	}

	private void writeContent(HttpServletRequest request, HttpServletResponse response) throws IOException {
		boolean gzip = GzipAcceptance.accepts(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
		byte[] content = gzip ? this.gzipped : this.html;
		response.setContentType(this.contentType);
		response.setLocale(this.locale);
		if (gzip) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(content.length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(content);
		}
	}

	private static byte[] gzip(byte[] html) {
		ByteArrayOutputStream zipped = new ByteArrayOutputStream(html.length / 3);
		try (GZIPOutputStream out = new GZIPOutputStream(zipped)) {
			out.write(html);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return zipped.toByteArray();
	}

	private static String etag(byte[] html) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(html);
			return "\"" + HexFormat.of().formatHex(Arrays.copyOf(digest, 12)) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	private static Set<String> caseInsensitive(String... names) {
		Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		set.addAll(Arrays.asList(names));
		return set;
	}

	/**
	 * One header of the rendered page.
	 *
	 * @param name its name
	 * @param values its values, in order
	 */
	record Header(String name, List<String> values) {
	}

}
