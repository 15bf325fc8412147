package org.closer.web;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.closer.support.FailingController;
import org.closer.support.Headers;
import org.closer.support.RealPortTest;
import org.closer.support.SiteClient;
import org.closer.support.SitePages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** What goes over the wire on a real port: headers, cookies, compression, caching, error pages. */
@RealPortTest
class DeliveryTest {

	static final List<String> COOKIELESS = SitePages.COOKIELESS;

	static final List<String> ALL = SitePages.ALL;

	private static final int MAX_CSS_AND_JS_BYTES = 30 * 1024;

	@Autowired
	private SiteClient site;

	@ParameterizedTest(name = "{0}")
	@FieldSource("COOKIELESS")
	void shouldReadPagesWithoutAnyCookieOrSession(String path) {
		HttpResponse<String> response = this.site.get(path);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
		Headers.assertStrict(Headers.of(response));
	}

	@ParameterizedTest(name = "{0}")
	@FieldSource("ALL")
	void shouldKeepEachPageUnderThirtyKilobytesOfCssAndJavaScript(String path) {
		Document page = Jsoup.parse(this.site.get(path).body());
		long bytes = 0;
		for (String asset : page.select("link[rel=stylesheet]").eachAttr("href")) {
			bytes += this.site.getBytes(asset).body().length;
		}
		for (String script : page.select("script[src]").eachAttr("src")) {
			bytes += this.site.getBytes(script).body().length;
		}

		assertThat(bytes).isPositive().isLessThanOrEqualTo(MAX_CSS_AND_JS_BYTES);
	}

	@Test
	void shouldCompressHtmlForClientsThatAcceptIt() throws Exception {
		HttpResponse<byte[]> plain = this.site.getBytes("/fear", "Accept", "text/html");
		HttpResponse<byte[]> gzipped = this.site.getBytes("/fear", "Accept", "text/html", "Accept-Encoding", "gzip");

		assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(gzipped.body().length).isLessThan(plain.body().length / 2);
		try (GZIPInputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
			assertThat(unzipped.readAllBytes()).isEqualTo(plain.body());
		}
	}

	@ParameterizedTest(name = "Accept-Encoding: {0}")
	@CsvSource(delimiter = '|', value = { "gzip;q=0 | false", "gzip; q=0.0, br | false", "*;q=0 | false",
			"br, *;q=0.5 | true", "GZIP;Q=0.2 | true", "identity | false", "gzip;q=0, *;q=1 | false" })
	void shouldCompressOnlyForAnAcceptEncodingThatGivesGzipAWeightAboveZero(String acceptEncoding, boolean gzip) {
		HttpResponse<byte[]> page = this.site.getBytes("/fear", "Accept", "text/html", "Accept-Encoding", acceptEncoding);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Encoding").isPresent()).as("gzipped").isEqualTo(gzip);
		assertThat(new String(page.body(), StandardCharsets.UTF_8).startsWith("<!DOCTYPE html>"))
			.as("readable as it is")
			.isEqualTo(!gzip);
	}

	@Test
	void shouldServeStaticFilesUnderContentHashedUrlsCachedForAYear() {
		Document page = Jsoup.parse(this.site.get("/").body());
		List<String> assets = page.select("link[href^=/assets/]").eachAttr("href");

		assertThat(assets).isNotEmpty().allMatch((url) -> url.matches("/assets/[a-z]+-[0-9a-f]{32}\\.[a-z]+"));
		for (String asset : assets) {
			HttpResponse<String> response = this.site.get(asset, "Accept", "*/*");
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
					(cache) -> assertThat(cache).contains("max-age=31536000").contains("immutable").contains("public"));
			Headers.assertStrict(Headers.of(response));
		}
	}

	@Test
	void shouldServeRobotsTxt() {
		HttpResponse<String> response = this.site.get("/robots.txt", "Accept", "text/plain");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying((type) -> assertThat(type).startsWith("text/plain"));
		assertThat(response.body()).contains("User-agent: *").contains("Disallow: /fis/results/");
	}

	@Test
	void shouldExposeOnlyTheHealthEndpointWithoutDetails() {
		HttpResponse<String> health = this.site.get("/actuator/health", "Accept", "application/json");

		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
		for (String hidden : List.of("/actuator", "/actuator/env", "/actuator/info", "/actuator/beans",
				"/actuator/health/db", "/h2-console")) {
			assertThat(this.site.get(hidden, "Accept", "application/json").statusCode()).as(hidden).isEqualTo(404);
		}
	}

	@Test
	void shouldAnswerAnUnknownUrlWithAFriendlyNotFoundPage() {
		HttpResponse<String> response = this.site.get("/no/such/page");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(Jsoup.parse(response.body()).selectFirst("h1").text()).isEqualTo("We can’t find that page");
		Headers.assertStrict(Headers.of(response));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/about;jsessionid=1", "/intimacy/%2e%2e/about", "/fear//tips" })
	void shouldAnswerAMalformedRequestWithAFriendlyBadRequestPage(String path) {
		HttpResponse<String> response = this.site.get(path);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(response.body()).selectFirst("h1").text()).isEqualTo("That request didn’t make sense to us");
		Headers.assertStrict(Headers.of(response));
	}

	@Test
	void shouldAnswerAServerErrorWithAFriendlyPageThatRevealsNothing() {
		HttpResponse<String> response = this.site.get(FailingController.PATH);

		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(Jsoup.parse(response.body()).selectFirst("h1").text()).isEqualTo("Something went wrong on our side");
		assertThat(response.body()).doesNotContain(FailingController.SECRET)
			.doesNotContain("IllegalStateException")
			.doesNotContain("at org.")
			.doesNotContainIgnoringCase("tomcat");
		Headers.assertStrict(Headers.of(response));
	}

	@Test
	void shouldNotEchoInternalsToClientsAskingForJson() {
		HttpResponse<String> response = this.site.get(FailingController.PATH, "Accept", "application/json");

		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).doesNotContain(FailingController.SECRET).doesNotContain("IllegalStateException");
	}

}
