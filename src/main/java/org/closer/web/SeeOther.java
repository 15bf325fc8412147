package org.closer.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;

/** The Post/Redirect/Get answer to a form: a {@code 303 See Other}, so a reload never sends the form twice. */
public final class SeeOther {

	private SeeOther() {
	}

	/** A {@code 303 See Other} to a path of the site, its {@code {variables}} filled in order and encoded. */
	public static RedirectView to(String pattern, Object... variables) {
		return to(UriComponentsBuilder.fromPath(pattern).buildAndExpand(variables).encode().toUriString());
	}

	/** A {@code 303 See Other} to a path of the site, as it is. */
	public static RedirectView to(String path) {
		RedirectView redirect = new RedirectView(path, true);
		redirect.setStatusCode(HttpStatus.SEE_OTHER);
		redirect.setExposeModelAttributes(false);
		return redirect;
	}

}
