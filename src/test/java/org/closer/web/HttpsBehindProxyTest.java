package org.closer.web;

import java.net.http.HttpResponse;

import org.closer.support.SiteClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a TLS-terminating proxy, every HTTPS answer carries HSTS, a kept page's as much as a rendered
 * one's, however many times it is served; a plain HTTP answer never does.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server.forward-headers-strategy=native")
class HttpsBehindProxyTest {

	private static final String HSTS = "max-age=31536000 ; includeSubDomains";

	@LocalServerPort
	private int port;

	private SiteClient site;

	@BeforeEach
	void connect() {
		this.site = new SiteClient(this.port);
	}

	@Test
	void shouldSendHstsOnEveryHttpsAnswerOfAKeptPage() {
		for (int i = 0; i < 3; i++) {
			HttpResponse<String> overHttp = this.site.get("/fear");
			HttpResponse<String> overHttps = this.site.get("/fear", "X-Forwarded-Proto", "https");

			assertThat(overHttp.headers().firstValue("ETag")).isPresent();
			assertThat(overHttp.headers().firstValue("Strict-Transport-Security")).isEmpty();
			assertThat(overHttps.headers().firstValue("Strict-Transport-Security")).hasValue(HSTS);
		}
	}

	@Test
	void shouldSendTheSameHstsOnARenderedPage() {
		HttpResponse<String> form = this.site.get("/fis/questions", "X-Forwarded-Proto", "https");

		assertThat(form.headers().firstValue("Strict-Transport-Security")).hasValue(HSTS);
	}

}
