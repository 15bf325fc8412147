package org.closer.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Responses for pages that hold a visitor's own answers: never cached, never indexed, and the
 * Post/Redirect/Get answer that moves a browser on to them.
 */
public final class PrivatePages {

	private PrivatePages() {
	}

	/** Marks a response as private: no cache may keep it and no search engine may index it. */
	public static void markPrivate(HttpServletResponse response) {
		markUncacheable(response);
		response.setHeader("X-Robots-Tag", "noindex");
	}

	/** Marks a response that holds a one-visitor token (a form) so that no cache keeps it. */
	public static void markUncacheable(HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
	}

	/** A {@code 303 See Other} to a path of the site, so a reload never sends a form twice. */
	public static RedirectView seeOther(String path) {
		RedirectView redirect = new RedirectView(path, true);
		redirect.setStatusCode(HttpStatus.SEE_OTHER);
		redirect.setExposeModelAttributes(false);
		return redirect;
	}

}
