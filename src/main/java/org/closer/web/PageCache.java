package org.closer.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;

/**
 * Pages rendered once and kept as bytes, plain and gzipped, under a strong ETag, for the pages
 * marked {@link CachedPage}. Nothing in it differs between visitors, so nothing in it is private.
 */
class PageCache {

	private final Map<String, Page> pages = new ConcurrentHashMap<>();

	Optional<Page> find(String path) {
		return Optional.ofNullable(this.pages.get(path));
	}

	Page store(String path, String contentType, String contentLanguage, byte[] body) {
		Page page = new Page(contentType, contentLanguage, body, gzip(body), etag(body));
		this.pages.put(path, page);
		return page;
	}

	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream zipped = new ByteArrayOutputStream(body.length / 3);
		try (GZIPOutputStream out = new GZIPOutputStream(zipped)) {
			out.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return zipped.toByteArray();
	}

	private static String etag(byte[] body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
			return "\"" + HexFormat.of().formatHex(Arrays.copyOf(digest, 12)) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/**
	 * A rendered page.
	 *
	 * @param contentType its content type, with charset
	 * @param contentLanguage its language
	 * @param body the HTML
	 * @param gzipped the HTML, gzipped once
	 * @param etag the strong validator of the HTML
	 */
	record Page(String contentType, String contentLanguage, byte[] body, byte[] gzipped, String etag) {
	}

}
