package org.closer.support;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.jsoup.Jsoup;

/**
 * One visitor's form: the CSRF cookie and token fetched once from one instance, then used to submit
 * answers to any instance, the way a browser tab would.
 */
public final class FormSession {

	private final String cookie;

	private final String token;

	private FormSession(String cookie, String token) {
		this.cookie = cookie;
		this.token = token;
	}

	/** Opens the questionnaire on a site and keeps its cookie and token. */
	public static FormSession open(SiteClient site) {
		HttpResponse<String> form = site.get("/fis/questions");
		String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
		String token = Jsoup.parse(form.body()).selectFirst("input[name=_csrf]").attr("value");
		return new FormSession(cookie, token);
	}

	/** The CSRF cookie, as a {@code Cookie} header holds it. */
	public String cookie() {
		return this.cookie;
	}

	/** The CSRF token the form's hidden field holds. */
	public String token() {
		return this.token;
	}

	/** Submits answers to a site (not necessarily the one the form came from). */
	public HttpResponse<String> submit(SiteClient site, List<Integer> answers, boolean consent) {
		return post(site, "/fis/questions", Answers.formBody(answers) + (consent ? "&consent=yes" : ""));
	}

	/** Posts a form body with this session's cookie and token, and any extra headers, to any path of a site. */
	public HttpResponse<String> post(SiteClient site, String path, String body, String... headers) {
		HttpRequest.Builder request = site.request(path);
		if (headers.length > 0) {
			request.headers(headers);
		}
		return site.send(request
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", this.cookie)
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body + (body.isEmpty() ? "" : "&") + "_csrf=" + this.token))
			.build());
	}

}
