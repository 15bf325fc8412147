package org.closer.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.CrossOriginResourcePolicyHeaderWriter;
import org.springframework.security.web.header.writers.CrossOriginResourcePolicyHeaderWriter.CrossOriginResourcePolicy;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;

/**
 * What every security filter chain of the site shares: strict headers on every response, no HTTP
 * session for anyone, and the CSRF token carried in a cookie so that any instance can check a form
 * another instance served.
 */
public final class SiteSecurity {

	/** Every byte from our own origin; no inline script or style; never framed. */
	public static final String CONTENT_SECURITY_POLICY = String.join("; ", "default-src 'self'", "script-src 'self'",
			"style-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'none'",
			"frame-ancestors 'none'", "form-action 'self'");

	/** Powerful browser features the site never needs, switched off. */
	public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), browsing-topics=()";

	/** The name of the cookie that carries the CSRF token. */
	public static final String CSRF_COOKIE = "closer-csrf";

	/** The headers on every response; the cross-origin policies keep other sites' windows and pages apart. */
	private static final List<HeaderWriter> STRICT_HEADERS = List.of(
			new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY),
			new ReferrerPolicyHeaderWriter(ReferrerPolicy.NO_REFERRER), new XContentTypeOptionsHeaderWriter(),
			new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY),
			new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY),
			crossOriginOpenerPolicy(), crossOriginResourcePolicy());

	/** Spring Security's default HSTS, which its chains add on HTTPS requests only. */
	private static final HeaderWriter HSTS = new HstsHeaderWriter();

	private SiteSecurity() {
	}

	private static HeaderWriter crossOriginOpenerPolicy() {
		CrossOriginOpenerPolicyHeaderWriter writer = new CrossOriginOpenerPolicyHeaderWriter();
		writer.setPolicy(CrossOriginOpenerPolicy.SAME_ORIGIN);
		return writer;
	}

	private static HeaderWriter crossOriginResourcePolicy() {
		CrossOriginResourcePolicyHeaderWriter writer = new CrossOriginResourcePolicyHeaderWriter();
		writer.setPolicy(CrossOriginResourcePolicy.SAME_ORIGIN);
		return writer;
	}

	/** Applies the shared settings to a filter chain; the caller adds what its requests may do. */
	public static HttpSecurity applyDefaults(HttpSecurity http) {
		return http.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.addFilterBefore(new ErrorPathFilter(), CsrfFilter.class)
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokenRepository()))
			.headers((headers) -> {
				headers.contentTypeOptions((options) -> options.disable()).frameOptions((frames) -> frames.disable());
				STRICT_HEADERS.forEach(headers::addHeaderWriter);
			});
	}

	/**
	 * Writes the strict headers, and HSTS on an HTTPS request as the chains do, on a response that no
	 * filter chain will see through.
	 */
	public static void writeStrictHeaders(HttpServletRequest request, HttpServletResponse response) {
		STRICT_HEADERS.forEach((writer) -> writer.writeHeaders(request, response));
		HSTS.writeHeaders(request, response);
	}

	private static CookieCsrfTokenRepository csrfTokenRepository() {
		CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
		repository.setCookieName(CSRF_COOKIE);
		repository.setCookiePath("/");
		repository.setCookieCustomizer((cookie) -> cookie.sameSite("Strict"));
		return repository;
	}

}
