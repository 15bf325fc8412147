package org.closer.fis;

import java.util.ArrayList;
import java.util.List;

import org.closer.support.Answers;
import org.closer.support.Headers;
import org.closer.support.MockForm;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The questionnaire from form to result to deletion, and every way a submission can be wrong. */
@SpringBootTest
@AutoConfigureMockMvc
class QuestionnaireFlowTest {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void shouldOfferThirtyFiveItemsInTwoPartsEachWithFiveLabelledAnswers() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/fis/questions").exchange();

		assertThat(result).hasStatusOk();
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		Element form = page.selectFirst("form[method=post][action=/fis/questions]");
		assertThat(form.select("input[type=hidden][name=_csrf]")).hasSize(1);
		assertThat(form.select("h2").eachText()).contains("Part A: in a close relationship", "Part B: your past relationships");
		assertThat(form.select("fieldset.item")).hasSize(35).allSatisfy((fieldset) -> {
			assertThat(fieldset.selectFirst("legend").text()).isNotBlank();
			assertThat(fieldset.select("input[type=radio]")).hasSize(5)
				.extracting((radio) -> radio.attr("value"))
				.containsExactly("1", "2", "3", "4", "5");
			assertThat(fieldset.select("input[type=radio][checked]")).isEmpty();
			assertThat(fieldset.select("label > input[type=radio]")).hasSize(5);
		});
		assertThat(form.select("fieldset.item legend").get(15).text()).startsWith("16.")
			.contains("keeping very personal information to myself");
		Element consent = form.selectFirst("input[type=checkbox][name=consent]");
		assertThat(consent.hasAttr("checked")).isFalse();
		assertThat(page.selectFirst("label[for=consent]").text()).contains("anonymously for research");
		assertThat(page.text()).contains("Copyright © 1991 by the American Psychological Association");
	}

	@Test
	void shouldStoreACompleteResponseAndOpenItsPrivateResult() throws Exception {
		int before = count();
		MvcTestResult submitted = MockForm.submit(this.mvc, Answers.formBody(Answers.all(4)) + "&consent=yes");

		assertThat(submitted).hasStatus(HttpStatus.SEE_OTHER);
		String location = submitted.getResponse().getHeader("Location");
		assertThat(location).matches("/fis/results/[A-Za-z0-9_-]{22}");
		assertThat(count()).isEqualTo(before + 1);

		MvcTestResult result = this.mvc.get().uri(location).exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).headers()
			.hasValue("Cache-Control", "no-store")
			.hasValue("X-Robots-Tag", "noindex")
			.hasValue("Referrer-Policy", "no-referrer");
		Headers.assertStrict(Headers.of(result));
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.selectFirst("data#fis-total").attr("value")).isEqualTo("110");
		assertThat(page.selectFirst("data#fis-band").attr("value")).isEqualTo("high");
		assertThat(page.text()).contains("3.1").contains("not a diagnosis");
		assertThat(page.select("svg.scale__chart[role=img] title").text()).contains("110");
		assertThat(page.select("figure.scale figcaption").text()).contains("Your total of 110 is in the High band");
		assertThat(page.select(".weighed__list li")).hasSizeBetween(3, 5)
			.allSatisfy((item) -> assertThat(item.selectFirst("a").attr("href")).matches("/(intimacy|fear|tips).*"));
		assertThat(page.selectFirst("#result-address").attr("value")).endsWith(location);
	}

	@Test
	void shouldDeleteAResponseForGoodAfterConfirmation() throws Exception {
		String location = MockForm.submit(this.mvc, Answers.formBody(Answers.all(2))).getResponse().getHeader("Location");
		int stored = count();

		MvcTestResult confirm = this.mvc.get().uri(location + "/delete").exchange();
		assertThat(confirm).hasStatusOk();
		assertThat(confirm).bodyText().contains("Delete your answers for good?");
		assertThat(count()).as("asking is not deleting").isEqualTo(stored);

		MvcTestResult deleted = this.mvc.post().uri(location + "/delete").with(csrf()).exchange();
		assertThat(deleted).hasStatus(HttpStatus.SEE_OTHER).headers().hasValue("Location", "/fis/deleted");
		assertThat(count()).isEqualTo(stored - 1);
		assertThat(this.mvc.get().uri("/fis/deleted").exchange()).hasStatusOk().bodyText().contains("gone for good");
		assertThat(this.mvc.get().uri(location).exchange()).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post().uri(location + "/delete").with(csrf()).exchange()).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void shouldNotDeleteWithoutTheFormsCsrfToken() throws Exception {
		String location = MockForm.submit(this.mvc, Answers.formBody(Answers.all(2))).getResponse().getHeader("Location");

		assertThat(this.mvc.post().uri(location + "/delete").exchange()).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri(location).exchange()).hasStatusOk();
	}

	@Test
	void shouldSendAnIncompleteFormBackWithEveryGivenAnswerAndAnErrorSummary() throws Exception {
		List<Integer> answers = new ArrayList<>(Answers.all(3));
		for (int item = 11; item <= 35; item++) {
			answers.set(item - 1, null);
		}
		answers.set(19, 5);
		int before = count();

		MvcTestResult result = MockForm.submit(this.mvc, Answers.formBody(answers) + "&consent=yes");

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(count()).isEqualTo(before);
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.title()).startsWith("Error:");
		Element summary = page.selectFirst("main .error-summary[role=alert]");
		assertThat(summary.selectFirst("h2").text()).isEqualTo("There are 24 statements still without an answer");
		List<String> links = summary.select("a").eachAttr("href");
		assertThat(links).hasSize(24).startsWith("#q11-1", "#q12-1").doesNotContain("#q20-1").endsWith("#q35-1");
		for (String link : links) {
			assertThat(page.getElementById(link.substring(1))).as(link).isNotNull();
		}
		assertThat(page.select("input[type=radio][checked]")).hasSize(11)
			.allSatisfy((radio) -> assertThat(radio.attr("value")).isEqualTo(radio.attr("name").equals("q20") ? "5" : "3"));
		assertThat(page.select("fieldset.item--error")).hasSize(24);
		assertThat(page.selectFirst("#item-11").attr("aria-describedby")).isEqualTo("q11-error");
		assertThat(page.selectFirst("input[name=consent]").hasAttr("checked")).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "q1=6", "q1=0", "q1=x", "q1=", "q1=3.0", "q1=%EF%BC%93", "q36=3", "q0=1", "q01=1",
			"q1=1&q1=2", "foo=bar", "consent=no", "consent=yes&consent=on", "q1=1%00" })
	void shouldRefuseMalformedInputWholeAndStoreNothing(String malformed) throws Exception {
		List<Integer> answers = new ArrayList<>(Answers.all(3));
		answers.set(0, null);
		int before = count();

		MvcTestResult result = MockForm.submit(this.mvc, Answers.formBody(answers) + "&" + malformed);

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void shouldAcceptAnAnswerRepeatedWithTheSameValue() throws Exception {
		assertThat(MockForm.submit(this.mvc, Answers.formBody(Answers.all(3)) + "&q7=3")).hasStatus(HttpStatus.SEE_OTHER);
	}

	@Test
	void shouldRefuseAnOverLongBodyBeforeReadingIt() throws Exception {
		int before = count();
		String padding = "&q1=3".repeat(2_000);

		assertThat(MockForm.submit(this.mvc, Answers.formBody(Answers.all(3)) + padding))
			.hasStatus(HttpStatus.CONTENT_TOO_LARGE);
		assertThat(count()).isEqualTo(before);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "", "&_csrf=not-the-token" })
	void shouldRefuseASubmissionWithoutAValidCsrfToken(String token) throws Exception {
		int before = count();

		MvcTestResult result = this.mvc.post()
			.uri("/fis/questions")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content(Answers.formBody(Answers.all(3)) + token)
			.exchange();

		assertThat(result).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(count()).isEqualTo(before);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "AAAAAAAAAAAAAAAAAAAAAA", "short", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
			"not-a-key.html", "AAAAAAAAAAAAAAAAAAAAA!" })
	void shouldAnswerAnUnknownOrMalformedKeyWithAFriendlyNotFound(String key) throws Exception {
		MvcTestResult result = this.mvc.get().uri("/fis/results/" + key).exchange();

		assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(result).headers().hasValue("Cache-Control", "no-store");
		assertThat(result).bodyText().contains("We can’t find a result here");
		assertThat(this.mvc.get().uri("/fis/results/" + key + "/delete").exchange()).hasStatus(HttpStatus.NOT_FOUND);
	}

	private int count() {
		return this.jdbc.queryForObject("select count(*) from fis_response", Integer.class);
	}

}
