package org.closer.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.tomcat.util.http.MimeHeaders;

/**
 * Serves a page already in the {@link PageCache} straight from Tomcat's pipeline, before the filter
 * chain is built, with the bytes and headers {@link PageCacheFilter} would give it; anything else goes
 * on to the application. The first time a page is answered one way (plain, gzipped or 304; over HTTP
 * or HTTPS) its status and headers are written by {@link PageCacheFilter#respond} and kept as bytes;
 * later answers hand Tomcat those bytes, since setting and encoding the same dozen header strings on
 * every response took a third of the time such a page cost.
 */
class PageCacheValve extends ValveBase {

	private final PageCache cache;

	private final Map<Kept, Head> heads = new ConcurrentHashMap<>();

	PageCacheValve(PageCache cache) {
		super(true);
		this.cache = cache;
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		Optional<PageCache.Page> found = PageCacheFilter.isPlainRead(request) ? this.cache.find(request.getRequestURI())
				: Optional.empty();
		if (found.isEmpty()) {
			getNext().invoke(request, response);
			return;
		}
		PageCache.Page page = found.get();
		PageCacheFilter.Answer answer = PageCacheFilter.Answer.to(page, request);
		Kept kept = new Kept(page, answer, request.isSecure());
		Head head = this.heads.get(kept);
		if (head == null) {
			PageCacheFilter.respond(page, request, response);
			this.heads.putIfAbsent(kept, Head.of(response));
		}
		else {
			head.writeTo(response);
		}
		Optional<byte[]> body = answer.sent(page, request);
		if (body.isPresent()) {
			response.getOutputStream().write(body.get());
		}
	}

	/** A kept page, the way it is answered, and whether over HTTPS (which adds HSTS). */
	private record Kept(PageCache.Page page, PageCacheFilter.Answer answer, boolean secure) {
	}

	/** The status and headers of one answer, names and values encoded as HTTP sends them. */
	private record Head(int status, List<byte[]> names, List<byte[]> values, long contentLength) {

		static Head of(Response response) {
			MimeHeaders headers = response.getCoyoteResponse().getMimeHeaders();
			List<byte[]> names = new ArrayList<>();
			List<byte[]> values = new ArrayList<>();
			for (int i = 0; i < headers.size(); i++) {
				names.add(latin1(headers.getName(i).toString()));
				values.add(latin1(headers.getValue(i).toString()));
			}
			if (response.getContentType() != null) {
				names.add(latin1("Content-Type"));
				values.add(latin1(response.getContentType()));
			}
			return new Head(response.getStatus(), List.copyOf(names), List.copyOf(values),
					response.getCoyoteResponse().getContentLengthLong());
		}

		void writeTo(Response response) {
			response.setStatus(this.status);
			MimeHeaders headers = response.getCoyoteResponse().getMimeHeaders();
			for (int i = 0; i < this.names.size(); i++) {
				byte[] name = this.names.get(i);
				byte[] value = this.values.get(i);
				headers.addValue(name, 0, name.length).setBytes(value, 0, value.length);
			}
			response.getCoyoteResponse().setContentLength(this.contentLength);
		}

		private static byte[] latin1(String text) {
			return text.getBytes(StandardCharsets.ISO_8859_1);
		}

	}

}
