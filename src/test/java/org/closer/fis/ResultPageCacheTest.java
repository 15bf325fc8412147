package org.closer.fis;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;

import org.closer.support.Answers;
import org.closer.support.FormSession;
import org.closer.support.RealPortTest;
import org.closer.support.SiteClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A result page served again from the bytes rendered the first time: the same page and headers,
 * each visitor's own key in it, and gone the moment it is deleted.
 */
@RealPortTest
class ResultPageCacheTest {

	@LocalServerPort
	private int port;

	private SiteClient site;

	private FormSession form;

	@BeforeEach
	void connect() {
		this.site = new SiteClient(this.port);
		this.form = FormSession.open(this.site);
	}

	@Test
	void shouldServeAResultAgainWithTheSameBytesAndHeaders() {
		String result = submit();

		HttpResponse<String> first = this.site.get(result);
		HttpResponse<String> again = this.site.get(result);
		HttpResponse<String> head = this.site.send(this.site.request(result).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());

		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).isEqualTo(first.body());
		assertThat(headersButDate(again)).isEqualTo(headersButDate(first))
			.containsEntry("cache-control", "[no-store]")
			.containsEntry("x-robots-tag", "[noindex]")
			.containsEntry("referrer-policy", "[no-referrer]")
			.containsKey("content-security-policy");
		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.body()).isEmpty();
		assertThat(head.headers().firstValue("Content-Length")).hasValue(String.valueOf(first.body().getBytes().length));
	}

	@Test
	void shouldShowEveryoneTheirOwnKeyWhenTheirAnswersAreTheSame() {
		String mine = submit();
		String theirs = submit();
		this.site.get(mine);
		this.site.get(theirs);

		for (String result : new String[] { mine, theirs }) {
			Document page = Jsoup.parse(this.site.get(result).body());
			assertThat(page.getElementById("result-address").attr("value")).isEqualTo(this.site.base() + result);
			assertThat(page.select("a[href$=/delete]").attr("href")).isEqualTo(result + "/delete");
		}
		assertThat(this.site.get(theirs).body()).doesNotContain(mine.substring(mine.lastIndexOf('/') + 1));
	}

	@Test
	void shouldAnswerNotFoundTheMomentAServedResultIsDeleted() {
		String result = submit();
		this.site.get(result);
		assertThat(this.site.get(result).statusCode()).isEqualTo(200);

		assertThat(this.form.post(this.site, result + "/delete", "").statusCode()).isEqualTo(303);

		HttpResponse<String> gone = this.site.get(result);
		assertThat(gone.statusCode()).isEqualTo(404);
		assertThat(gone.headers().firstValue("Cache-Control")).hasValue("no-store");
	}

	private String submit() {
		return this.form.submit(this.site, Answers.forTotal(111), false).headers().firstValue("Location").orElseThrow()
			.replace(this.site.base(), "");
	}

	private static Map<String, String> headersButDate(HttpResponse<String> response) {
		Map<String, String> headers = new TreeMap<>();
		response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(), values.toString()));
		headers.remove("date");
		return headers;
	}

}
