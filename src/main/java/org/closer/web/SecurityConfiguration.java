package org.closer.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;

/**
 * The site's security: strict headers on every response, no HTTP session for anyone, and the CSRF
 * token carried in a cookie so that any instance can check a form another instance served.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** Every byte from our own origin; no inline script or style; never framed. */
	static final String CONTENT_SECURITY_POLICY = String.join("; ", "default-src 'self'", "script-src 'self'",
			"style-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'none'",
			"frame-ancestors 'none'", "form-action 'self'");

	/** Powerful browser features the site never needs, switched off. */
	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), browsing-topics=()";

	static final String CSRF_COOKIE = "closer-csrf";

	private static final List<HeaderWriter> STRICT_HEADERS = List.of(
			new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY),
			new ReferrerPolicyHeaderWriter(ReferrerPolicy.NO_REFERRER), new XContentTypeOptionsHeaderWriter(),
			new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY),
			new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY));

	@Bean
	SecurityFilterChain siteSecurity(HttpSecurity http) {
		http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.addFilterBefore(new RequestSizeLimitFilter(), CsrfFilter.class)
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokenRepository()))
			.headers((headers) -> {
				headers.contentTypeOptions((options) -> options.disable()).frameOptions((frames) -> frames.disable());
				STRICT_HEADERS.forEach(headers::addHeaderWriter);
			});
		return http.build();
	}

	/**
	 * Answers a request the firewall refuses (such as {@code /a;b} or {@code /a//b}) with the friendly 400
	 * page; its headers are written here because the error dispatch that renders the page skips them.
	 */
	@Bean
	RequestRejectedHandler rejectedRequests() {
		return (request, response, rejection) -> {
			STRICT_HEADERS.forEach((writer) -> writer.writeHeaders(request, response));
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
		};
	}

	/** Visitors never log in; with no user configured, nobody can. */
	@Bean
	UserDetailsService noUsers() {
		return new InMemoryUserDetailsManager();
	}

	private static CookieCsrfTokenRepository csrfTokenRepository() {
		CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
		repository.setCookieName(CSRF_COOKIE);
		repository.setCookiePath("/");
		repository.setCookieCustomizer((cookie) -> cookie.sameSite("Strict"));
		return repository;
	}

}
