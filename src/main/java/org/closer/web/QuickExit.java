package org.closer.web;

import java.net.URI;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where "Leave this site" goes: a neutral page that says nothing about what was being read, from
 * {@code closer.quick-exit.url}; templates read it as {@code ${@quickExit.url()}}.
 */
@Component
public class QuickExit {

	private final String url;

	QuickExit(@Value("${closer.quick-exit.url:https://www.wikipedia.org/}") String url) {
		if (!URI.create(url).isAbsolute()) {
			throw new IllegalArgumentException("closer.quick-exit.url must be a whole address, such as https://...: " + url);
		}
		this.url = url;
	}

	/** The neutral page's address. */
	public String url() {
		return this.url;
	}

}
