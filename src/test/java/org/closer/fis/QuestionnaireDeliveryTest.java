package org.closer.fis;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.closer.support.Answers;
import org.closer.support.FormSession;
import org.closer.support.RealPortTest;
import org.closer.support.SiteClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The questionnaire over a real port, as a browser meets it: the CSRF cookie, the friendly error pages. */
@RealPortTest
class QuestionnaireDeliveryTest {

	@Autowired
	private SiteClient site;

	@Test
	void shouldCarryTheCsrfTokenInAStrictCookieAndNeverOpenASession() {
		HttpResponse<String> form = this.site.get("/fis/questions");

		assertThat(form.headers().allValues("Set-Cookie")).singleElement()
			.satisfies((cookie) -> assertThat(cookie).startsWith("closer-csrf=")
				.contains("HttpOnly")
				.contains("SameSite=Strict")
				.doesNotContain("Expires")
				.doesNotContain("Max-Age"));
		assertThat(form.body()).doesNotContain("JSESSIONID");
	}

	@Test
	void shouldStoreASubmissionThatCarriesTheCookieAndTheToken() {
		HttpResponse<String> submitted = post(Answers.formBody(Answers.all(5)), true);

		assertThat(submitted.statusCode()).isEqualTo(303);
		String location = submitted.headers().firstValue("Location").orElseThrow();
		assertThat(submitted.headers().allValues("Set-Cookie")).noneMatch((cookie) -> cookie.startsWith("JSESSIONID"));
		HttpResponse<String> result = this.site.get(location);
		assertThat(result.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(result.body()).selectFirst("#fis-total").attr("value")).isEqualTo("115");
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void shouldLogNoKeyAnswerOrClientAddress(CapturedOutput log) {
		HttpResponse<String> submitted = post(Answers.formBody(Answers.forTotal(133)) + "&consent=yes", true);
		String location = submitted.headers().firstValue("Location").orElseThrow();
		this.site.get(location);
		this.site.get(location + "/no-such-page");
		this.site.get("/fis/results/AAAAAAAAAAAAAAAAAAAAAA");
		post(Answers.formBody(Answers.all(3)) + "&q1=9", true);

		String key = location.substring(location.lastIndexOf('/') + 1);
		assertThat(log.getAll()).doesNotContain(key)
			.doesNotContain("127.0.0.1")
			.doesNotContain(Answers.formBody(Answers.forTotal(133)).replaceAll("(^|&)q\\d+=", ""));
	}

	@Test
	void shouldOfferAFreshFormWhenTheCsrfTokenIsMissing() {
		HttpResponse<String> refused = post(Answers.formBody(Answers.all(3)), false);

		assertThat(refused.statusCode()).isEqualTo(403);
		Document page = Jsoup.parse(refused.body());
		assertThat(page.selectFirst("h1").text()).isEqualTo("This form could not be checked");
		assertThat(page.select("main a[href=/fis/questions]")).isNotEmpty();
		assertThat(page.text()).contains("Nothing was saved");
	}

	@Test
	void shouldOfferTheSameRetakeFormAgainWhenItsTokenIsMissing() {
		String link = post(Answers.formBody(Answers.all(3)), true).headers().firstValue("Location").orElseThrow();

		HttpResponse<String> refused = post(link + "/again", Answers.formBody(Answers.all(4)), false);

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
		Document page = Jsoup.parse(refused.body());
		assertThat(page.select("main .actions a").eachAttr("href")).as("a fresh form for the same history")
			.containsExactly(link + "/again");
		assertThat(page.text()).contains("Nothing was saved");
	}

	@Test
	void shouldOfferTheInvitationsFormOrTheResultPageAgainWhenTheirTokenIsMissing() {
		FormSession form = FormSession.open(this.site);
		String link = form.submit(this.site, Answers.all(3), false).headers().firstValue("Location").orElseThrow();
		String invitation = Jsoup.parse(form.post(this.site, link + "/partner", "").body())
			.selectFirst("a#invite-link")
			.attr("href");
		String questions = invitation.substring(invitation.indexOf("/together/")) + "/questions";

		for (String[] refusedAndFresh : new String[][] { { questions, questions }, { link + "/partner/cancel", link },
				{ link + "/delete", link + "/delete" } }) {
			HttpResponse<String> refused = post(refusedAndFresh[0], Answers.formBody(Answers.all(4)), false);

			assertThat(refused.statusCode()).isEqualTo(403);
			assertThat(Jsoup.parse(refused.body()).select("main .actions a").eachAttr("href"))
				.as("a fresh start after %s", refusedAndFresh[0])
				.containsExactly(refusedAndFresh[1]);
		}
	}

	@Test
	void shouldOfferThePathsFormsAgainWhenTheirTokenIsMissingAndRefuseTextInPlainWords() {
		FormSession form = FormSession.open(this.site);
		String link = form.submit(this.site, Answers.all(3), false).headers().firstValue("Location").orElseThrow();

		for (String[] refusedAndFresh : new String[][] { { link + "/path", link }, { link + "/path/4/done", link + "/path/4" },
				{ link + "/path/4/undo", link + "/path/4" } }) {
			HttpResponse<String> refused = post(refusedAndFresh[0], "closeness=3", false);

			assertThat(refused.statusCode()).isEqualTo(403);
			assertThat(Jsoup.parse(refused.body()).select("main .actions a").eachAttr("href"))
				.as("a fresh start after %s", refusedAndFresh[0])
				.containsExactly(refusedAndFresh[1]);
		}
		HttpResponse<String> text = form.post(this.site, link + "/path/4/done", "closeness=3&note=I+feel+alone");
		assertThat(text.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(text.body()).selectFirst("h1").text()).isEqualTo("That request didn’t make sense to us");
		assertThat(form.post(this.site, link + "/path/0/done", "closeness=3").statusCode()).isEqualTo(404);
	}

	@Test
	void shouldAnswerMalformedAndOverLongSubmissionsInPlainWords() {
		HttpResponse<String> malformed = post(Answers.formBody(Answers.all(3)) + "&q1=9", true);
		HttpResponse<String> overLong = post(Answers.formBody(Answers.all(3)) + "&note=" + "x".repeat(20_000), true);

		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(malformed.body()).selectFirst("h1").text()).isEqualTo("That request didn’t make sense to us");
		assertThat(overLong.statusCode()).as("refused unread").isEqualTo(413);
		assertThat(overLong.body()).startsWith("That was more than any of our forms sends, so nothing was saved.");
		for (HttpResponse<String> refused : List.of(malformed, overLong)) {
			assertThat(refused.body()).doesNotContain("Exception").doesNotContain("Tomcat");
		}
	}

	@Test
	void shouldAnswerAnUnknownKeyWithTheFriendlyResultNotFoundPage() {
		HttpResponse<String> missing = this.site.get("/fis/results/AAAAAAAAAAAAAAAAAAAAAA");

		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(Jsoup.parse(missing.body()).selectFirst("h1").text()).isEqualTo("We can’t find a result here");
		assertThat(missing.headers().firstValue("Cache-Control")).hasValue("no-store");
	}

	private HttpResponse<String> post(String answers, boolean withToken) {
		return post("/fis/questions", answers, withToken);
	}

	private HttpResponse<String> post(String path, String answers, boolean withToken) {
		if (withToken) {
			return FormSession.open(this.site).post(this.site, path, answers);
		}
		return this.site.send(this.site.request(path)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(answers))
			.build());
	}

}
