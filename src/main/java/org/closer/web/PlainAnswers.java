package org.closer.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * A short answer in plain words, with the strict headers, for a response that no page is rendered for:
 * one written while no filter chain runs, such as a request held back or a body that never arrived.
 */
public final class PlainAnswers {

	private PlainAnswers() {
	}

	/** Writes the status, the strict headers, no caching and the sentence. */
	public static void send(HttpServletRequest request, HttpServletResponse response, int status, String sentence)
			throws IOException {
		SiteSecurity.writeStrictHeaders(request, response);
		response.setStatus(status);
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		response.setContentType(MediaType.TEXT_PLAIN_VALUE + ";charset=UTF-8");
		response.getWriter().write(sentence + "\n");
	}

}
