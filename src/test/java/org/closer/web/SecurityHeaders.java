package org.closer.web;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The headers every response of the site must carry, checked in one place for every test that needs them. */
public final class SecurityHeaders {

	private SecurityHeaders() {
	}

	/** Asserts the strict CSP, no referrer, no sniffing, no framing and the permissions policy. */
	public static void assertPresent(MvcTestResult result) {
		assertThat(result).headers()
			.hasValue("Content-Security-Policy", SiteSecurity.CONTENT_SECURITY_POLICY)
			.hasValue("Referrer-Policy", "no-referrer")
			.hasValue("X-Content-Type-Options", "nosniff")
			.hasValue("X-Frame-Options", "DENY")
			.hasValue("Permissions-Policy", SiteSecurity.PERMISSIONS_POLICY);
		assertThat(result.getResponse().getHeader("Content-Security-Policy")).doesNotContain("unsafe-inline")
			.contains("default-src 'self'")
			.contains("frame-ancestors 'none'");
		assertThat(result.getResponse().getHeader("Permissions-Policy")).contains("camera=()")
			.contains("microphone=()")
			.contains("geolocation=()");
	}

}
