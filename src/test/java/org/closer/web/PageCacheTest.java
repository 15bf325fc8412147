package org.closer.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import org.closer.support.Answers;
import org.closer.support.FormSession;
import org.closer.support.Headers;
import org.closer.support.RealPortTest;
import org.closer.support.SiteClient;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.ClassMode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A kept page answers exactly as the whole site renders it, header by header and byte by byte, plain,
 * gzipped, revalidated and over HTTPS behind a proxy, the first answer of a fresh context included;
 * a form or a private result is never kept. The context is fresh and each test asks for pages no
 * other test here asks for, so its first request is the first that page gets.
 */
@RealPortTest(properties = "server.forward-headers-strategy=native")
@DirtiesContext(classMode = ClassMode.BEFORE_CLASS)
class PageCacheTest {

	private static final String HSTS = "max-age=31536000 ; includeSubDomains";

	/** How the same bytes travel: a kept page knows its length and validator, a rendered one streams. */
	private static final String[] TRANSPORT = { "Content-Length", "Transfer-Encoding", "ETag" };

	/** What a 304 leaves out: it describes no content of its own. */
	private static final String[] CONTENT = { "Content-Type", "Content-Language", "Content-Length", "Transfer-Encoding",
			"Content-Encoding", "ETag" };

	@Autowired
	private SiteClient site;

	@ParameterizedTest(name = "{0} over {1}, {2}")
	@CsvSource({ "/tips, http, identity", "/fear, http, gzip", "/help, https, identity", "/about, https, gzip" })
	void shouldAnswerWithTheHeadersAndBytesTheWholeSiteRendersThePageWith(String path, String scheme, String encoding) {
		HttpResponse<byte[]> first = get(path, scheme, encoding);
		HttpResponse<byte[]> kept = get(path, scheme, encoding);
		HttpResponse<byte[]> rendered = get(path + "?rendered-through-the-whole-chain", scheme, encoding);

		assertThat(Headers.without(first)).as("the first answer is the kept one").isEqualTo(Headers.without(kept));
		assertThat(Headers.without(kept, TRANSPORT)).isEqualTo(Headers.without(rendered, TRANSPORT));
		assertThat(html(kept)).isEqualTo(html(rendered)).isEqualTo(html(first));
		assertThat(kept.statusCode()).isEqualTo(200);
		assertThat(kept.headers().firstValue("ETag")).hasValueSatisfying((etag) -> assertThat(etag).matches("\"[0-9a-f]{24}\""));
		assertThat(kept.headers().firstValue("Cache-Control")).hasValue("no-cache");
		assertThat(kept.headers().firstValue("Content-Language")).hasValue("en");
		assertThat(kept.headers().firstValue("Content-Encoding")).isEqualTo(rendered.headers().firstValue("Content-Encoding"));
		assertThat(kept.headers().firstValue("Strict-Transport-Security"))
			.isEqualTo("https".equals(scheme) ? Optional.of(HSTS) : Optional.empty());
		assertThat(kept.headers().allValues("Set-Cookie")).isEmpty();
		Headers.assertStrict(Headers.of(kept));
	}

	@Test
	void shouldAnswerARevalidationWithNotModifiedAndTheRenderedHeadersButTheContentOnes() {
		String etag = get("/intimacy/emotional", "http", "gzip").headers().firstValue("ETag").orElseThrow();

		HttpResponse<String> notModified = this.site.get("/intimacy/emotional", "If-None-Match", etag);
		HttpResponse<String> again = this.site.get("/intimacy/emotional", "If-None-Match", etag);
		HttpResponse<byte[]> rendered = get("/intimacy/emotional?rendered", "http", "identity");

		assertThat(notModified.statusCode()).isEqualTo(304);
		assertThat(notModified.body()).isEmpty();
		assertThat(notModified.headers().firstValue("ETag")).hasValue(etag);
		assertThat(Headers.without(again)).isEqualTo(Headers.without(notModified));
		assertThat(Headers.without(notModified, CONTENT)).isEqualTo(Headers.without(rendered, CONTENT));
		assertThat(this.site.get("/intimacy/emotional", "If-None-Match", "\"stale\"").statusCode()).isEqualTo(200);
	}

	@Test
	void shouldAnswerAHeadRequestWithTheHeadersOfThePageAndNoBody() {
		HttpResponse<String> headFirst = head("/intimacy/sexual");
		HttpResponse<byte[]> page = get("/intimacy/sexual", "http", "identity");
		HttpResponse<String> headKept = head("/intimacy/sexual");

		for (HttpResponse<String> head : List.of(headFirst, headKept)) {
			assertThat(head.statusCode()).isEqualTo(200);
			assertThat(head.body()).isEmpty();
		}
		assertThat(headKept.headers().firstValue("ETag")).isEqualTo(page.headers().firstValue("ETag"));
		assertThat(headKept.headers().firstValue("Content-Length")).hasValue(String.valueOf(page.body().length));
	}

	@Test
	void shouldNeverKeepAFormOrAPrivateResult() {
		String firstToken = Jsoup.parse(this.site.get("/fis/questions").body()).selectFirst("input[name=_csrf]").attr("value");
		HttpResponse<String> again = this.site.get("/fis/questions", "Accept", "text/html", "X-Forwarded-Proto", "https");
		String location = FormSession.open(this.site).submit(this.site, Answers.all(2), false).headers()
			.firstValue("Location").orElseThrow();
		this.site.get(location);
		HttpResponse<String> result = this.site.get(location);

		assertThat(Jsoup.parse(again.body()).selectFirst("input[name=_csrf]").attr("value")).isNotEqualTo(firstToken);
		assertThat(again.headers().firstValue("ETag")).isEmpty();
		assertThat(again.headers().firstValue("Strict-Transport-Security")).as("rendered pages carry HSTS too").hasValue(HSTS);
		assertThat(result.headers().firstValue("ETag")).isEmpty();
		assertThat(result.headers().firstValue("Cache-Control")).hasValue("no-store");
	}

	private HttpResponse<byte[]> get(String path, String scheme, String encoding) {
		List<String> headers = new ArrayList<>(List.of("Accept", "text/html", "X-Forwarded-Proto", scheme));
		if ("gzip".equals(encoding)) {
			headers.addAll(List.of("Accept-Encoding", "gzip"));
		}
		return this.site.getBytes(path, headers.toArray(String[]::new));
	}

	private HttpResponse<String> head(String path) {
		return this.site.send(this.site.request(path).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
	}

	private static byte[] html(HttpResponse<byte[]> response) {
		if (response.headers().firstValue("Content-Encoding").isEmpty()) {
			return response.body();
		}
		try (GZIPInputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
			return unzipped.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
