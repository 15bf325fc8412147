package org.closer.support;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.closer.web.SiteSecurity;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** A response's headers by name, whatever its case, and the strict ones every response of the site carries. */
public final class Headers {

	private Headers() {
	}

	/** The headers of an answer over a real port. */
	public static Map<String, List<String>> of(HttpResponse<?> response) {
		Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		headers.putAll(response.headers().map());
		return headers;
	}

	/** The headers of an answer through MockMvc. */
	public static Map<String, List<String>> of(MvcTestResult result) {
		Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		for (String name : result.getResponse().getHeaderNames()) {
			headers.put(name, List.copyOf(result.getResponse().getHeaders(name)));
		}
		return headers;
	}

	/** The headers of an answer without the given ones, {@code Date} always among them: it changes every second. */
	public static Map<String, List<String>> without(HttpResponse<?> response, String... names) {
		Map<String, List<String>> headers = of(response);
		headers.remove("Date");
		headers.keySet().removeAll(List.of(names));
		return headers;
	}

	/**
	 * Asserts the strict CSP, no referrer, no sniffing, no framing, the permissions policy, the
	 * cross-origin policies, and no server name.
	 */
	public static void assertStrict(Map<String, List<String>> headers) {
		assertThat(headers).containsEntry("Content-Security-Policy", List.of(SiteSecurity.CONTENT_SECURITY_POLICY))
			.containsEntry("Referrer-Policy", List.of("no-referrer"))
			.containsEntry("X-Content-Type-Options", List.of("nosniff"))
			.containsEntry("X-Frame-Options", List.of("DENY"))
			.containsEntry("Permissions-Policy", List.of(SiteSecurity.PERMISSIONS_POLICY))
			.containsEntry("Cross-Origin-Opener-Policy", List.of("same-origin"))
			.containsEntry("Cross-Origin-Resource-Policy", List.of("same-origin"))
			.doesNotContainKeys("Server", "X-Powered-By");
		assertThat(headers.get("Content-Security-Policy").get(0)).doesNotContain("unsafe-inline")
			.contains("default-src 'self'")
			.contains("frame-ancestors 'none'");
	}

}
