package org.closer.web;

import java.time.Clock;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * The security of every page visitors see: open to all, with the shared strict settings of
 * {@link SiteSecurity} and, unless turned off, an allowance of form submissions per client address.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** The request attribute the 403 page reads the address of a fresh form from. */
	static final String FRESH_FORM = "closer.freshForm";

	@Bean
	SecurityFilterChain siteSecurity(HttpSecurity http, RateLimitProperties rateLimit, Clock clock,
			PostHandlers handlers) {
		SiteSecurity.applyDefaults(http)
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(freshForm(handlers)));
		if (rateLimit.isOn()) {
			// After the CSRF check, so that a form refused for want of a token costs its sender nothing.
			http.addFilterAfter(new RateLimitFilter(new AddressAllowance(rateLimit.bandwidth(), clock), handlers),
					CsrfFilter.class);
		}
		return http.build();
	}

	/**
	 * Answers a form refused for its security token with the friendly 403 page, which links to the page
	 * that holds a fresh copy of the form.
	 */
	private static AccessDeniedHandler freshForm(PostHandlers handlers) {
		return (request, response, denied) -> {
			request.setAttribute(FRESH_FORM, handlers.formPage(request).orElse("/"));
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
		};
	}

	/**
	 * Answers a request the firewall refuses (such as {@code /a;b} or {@code /a//b}) with the friendly 400
	 * page; its headers are written here because the error dispatch that renders the page skips them.
	 */
	@Bean
	RequestRejectedHandler rejectedRequests() {
		return (request, response, rejection) -> {
			SiteSecurity.writeStrictHeaders(request, response);
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
		};
	}

	/** Visitors never log in; with no user configured, nobody can. */
	@Bean
	UserDetailsService noUsers() {
		return new InMemoryUserDetailsManager();
	}

}
