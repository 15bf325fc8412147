package org.closer.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.tomcat.util.buf.MessageBytes;
import org.apache.tomcat.util.http.MimeHeaders;

/**
 * Serves a page already in the {@link PageCache} straight from Tomcat's pipeline, before the filter
 * chain is built, with the bytes and headers {@link PageCacheFilter} would give it; anything else goes
 * on to the application. Header names and values are handed to Tomcat already encoded, since encoding
 * the same dozen strings again on every response was a third of the time such a page took.
 */
class PageCacheValve extends ValveBase {

	private final PageCache cache;

	/** The headers' text as bytes: the strict headers and each kept page's validators, a bounded set. */
	private final Map<String, byte[]> encoded = new ConcurrentHashMap<>();

	PageCacheValve(PageCache cache) {
		super(true);
		this.cache = cache;
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		Optional<PageCache.Page> page = PageCacheFilter.isPlainRead(request) ? this.cache.find(request.getRequestURI())
				: Optional.empty();
		if (page.isEmpty()) {
			getNext().invoke(request, response);
			return;
		}
		Optional<byte[]> body = PageCacheFilter.respond(page.get(), request, response);
		encode(response.getCoyoteResponse().getMimeHeaders());
		if (body.isPresent()) {
			response.getOutputStream().write(body.get());
		}
	}

	private void encode(MimeHeaders headers) {
		for (int i = 0; i < headers.size(); i++) {
			encode(headers.getName(i));
			encode(headers.getValue(i));
		}
	}

	private void encode(MessageBytes text) {
		if (text.getType() == MessageBytes.T_STR) {
			byte[] bytes = this.encoded.computeIfAbsent(text.toString(), (s) -> s.getBytes(StandardCharsets.ISO_8859_1));
			text.setBytes(bytes, 0, bytes.length);
		}
	}

}
