package org.closer.web;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import org.closer.support.Answers;
import org.closer.support.FormSession;
import org.closer.support.RealPortTest;
import org.closer.support.SiteClient;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages rendered once and served as bytes: the same page, the same headers, cheap revalidation; never a private page. */
@RealPortTest
class PageCacheTest {

	@LocalServerPort
	private int port;

	private SiteClient site;

	@BeforeEach
	void connect() {
		this.site = new SiteClient(this.port);
	}

	@Test
	void shouldServeTheSamePageWithTheSameHeadersAndAStrongEtag() {
		HttpResponse<String> first = this.site.get("/tips");
		HttpResponse<String> second = this.site.get("/tips");
		HttpResponse<String> third = this.site.get("/tips");

		assertThat(second.body()).isEqualTo(first.body());
		assertThat(third.body()).isEqualTo(first.body());
		for (HttpResponse<String> response : List.of(first, second, third)) {
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("ETag")).hasValueSatisfying((etag) -> assertThat(etag).matches("\"[0-9a-f]{24}\""));
			assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-cache");
			assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
			assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
			DeliveryTest.assertStrictHeaders(response);
		}
		assertThat(withoutDate(second)).isEqualTo(withoutDate(first));
		assertThat(withoutDate(third)).isEqualTo(withoutDate(first));
	}

	private static Map<String, List<String>> withoutDate(HttpResponse<?> response) {
		Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		headers.putAll(response.headers().map());
		headers.remove("date");
		return headers;
	}

	@Test
	void shouldAnswerARevalidationWithNotModified() {
		String etag = this.site.get("/intimacy/emotional").headers().firstValue("ETag").orElseThrow();

		HttpResponse<String> revalidated = this.site.get("/intimacy/emotional", "If-None-Match", etag);
		HttpResponse<String> again = this.site.get("/intimacy/emotional", "If-None-Match", etag);

		assertThat(withoutDate(again)).isEqualTo(withoutDate(revalidated));
		assertThat(revalidated.statusCode()).isEqualTo(304);
		assertThat(revalidated.body()).isEmpty();
		assertThat(revalidated.headers().firstValue("ETag")).hasValue(etag);
		DeliveryTest.assertStrictHeaders(revalidated);
		assertThat(this.site.get("/intimacy/emotional", "If-None-Match", "\"stale\"").statusCode()).isEqualTo(200);
	}

	@Test
	void shouldServeTheSameBytesGzippedAndToHeadRequests() throws Exception {
		HttpResponse<byte[]> plain = this.site.getBytes("/about", "Accept", "text/html");
		HttpResponse<byte[]> firstGzipped = this.site.getBytes("/about", "Accept", "text/html", "Accept-Encoding", "gzip");
		HttpResponse<byte[]> gzipped = this.site.getBytes("/about", "Accept", "text/html", "Accept-Encoding", "gzip");
		HttpResponse<String> head = this.site.send(this.site.request("/about").method("HEAD", HttpRequest.BodyPublishers.noBody()).build());

		assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(withoutDate(gzipped)).isEqualTo(withoutDate(firstGzipped));
		try (GZIPInputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
			assertThat(unzipped.readAllBytes()).isEqualTo(plain.body());
		}
		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.body()).isEmpty();
		assertThat(head.headers().firstValue("ETag")).isEqualTo(plain.headers().firstValue("ETag"));
	}

	@Test
	void shouldNeverCacheAFormOrAPrivateResult() {
		String firstToken = Jsoup.parse(this.site.get("/fis/questions").body()).selectFirst("input[name=_csrf]").attr("value");
		HttpResponse<String> again = this.site.get("/fis/questions");
		String location = FormSession.open(this.site).submit(this.site, Answers.all(2), false).headers()
			.firstValue("Location").orElseThrow();
		this.site.get(location);
		HttpResponse<String> result = this.site.get(location);

		assertThat(Jsoup.parse(again.body()).selectFirst("input[name=_csrf]").attr("value")).isNotEqualTo(firstToken);
		assertThat(again.headers().firstValue("ETag")).isEmpty();
		assertThat(result.headers().firstValue("ETag")).isEmpty();
		assertThat(result.headers().firstValue("Cache-Control")).hasValue("no-store");
	}

}
