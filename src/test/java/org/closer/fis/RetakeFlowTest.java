package org.closer.fis;

import java.util.List;

import org.closer.support.Answers;
import org.closer.support.MockForm;
import org.closer.support.ResponseRows;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
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

/**
 * Taking the scale again through the same private link: the history on one page, the pool counting
 * each history once, deleting every attempt, and every way a retake can go wrong.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:retake-flow-test;DB_CLOSE_DELAY=-1",
		"closer.insights.cache-for=0s", "closer.insights.exact=true", "closer.insights.min-pool=2" })
@AutoConfigureMockMvc
class RetakeFlowTest {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeEach
	void startEmpty() {
		new ResponseRows(this.jdbc).deleteAll();
	}

	@Test
	void shouldAddTheNextAttemptToTheSameLinkAndShowTheHistory() throws Exception {
		String link = first(Answers.forTotal(120), true);
		Document single = page(link);
		assertThat(single.getElementById("fis-history-count").attr("value")).isEqualTo("1");
		assertThat(single.getElementById("fis-change")).isNull();
		assertThat(single.selectFirst("a#retake").attr("href")).isEqualTo(link + "/again");
		Document form = page(link + "/again");
		assertThat(form.selectFirst("form[method=post]").attr("action")).isEqualTo(link + "/again");
		assertThat(form.select("fieldset.item")).hasSize(35);
		assertThat(form.selectFirst("input[name=consent]").hasAttr("checked")).isFalse();
		assertThat(form.selectFirst("header .notice").text()).as("taken today: a gentle word, no refusal")
			.contains("Answers change slowly");

		MvcTestResult again = retake(link, Answers.formBody(Answers.forTotal(100)) + "&consent=yes");

		assertThat(again).hasStatus(HttpStatus.SEE_OTHER);
		assertThat(again.getResponse().getHeader("Location")).isEqualTo(link);
		Document history = page(link);
		assertThat(history.getElementById("fis-total").attr("value")).isEqualTo("100");
		assertThat(history.getElementById("fis-history-count").attr("value")).isEqualTo("2");
		assertThat(history.getElementById("fis-change").attr("value")).isEqualTo("-20");
		assertThat(history.getElementById("fis-change-reading").attr("value")).isEqualTo("not-yet-known");
		assertThat(history.select(".history__table tbody tr")).extracting((row) -> row.select("td").get(1).text())
			.containsExactly("120", "100");
		assertThat(history.select("svg.history__chart[role=img] title").text()).contains("2 attempts", "120", "100");
		assertThat(history.select("svg.history__chart circle")).hasSize(2);
		assertThat(history.selectFirst(".history").hasClass("no-print")).as("printed with the summary").isFalse();
		assertThat(history.select(".history p.hint").text()).contains("less than two weeks apart");
	}

	@Test
	void shouldCountEachHistoryOnceInThePoolByItsFirstAttempt() throws Exception {
		String link = first(Answers.forTotal(150), true);
		first(Answers.forTotal(60), true);
		String before = page(link).getElementById("fis-pool").attr("value");

		retake(link, Answers.formBody(Answers.forTotal(40)) + "&consent=yes");
		retake(link, Answers.formBody(Answers.forTotal(40)) + "&consent=yes");

		Document after = page(link);
		assertThat(after.getElementById("fis-pool").attr("value")).isEqualTo(before).isEqualTo("2");
		assertThat(after.getElementById("fis-percentile").attr("value")).as("40 against the first attempts 150 and 60")
			.isEqualTo("0");
	}

	@Test
	void shouldDeleteEveryAttemptOfTheHistory() throws Exception {
		String link = first(Answers.all(3), false);
		retake(link, Answers.formBody(Answers.all(4)));
		retake(link, Answers.formBody(Answers.all(2)));
		assertThat(rows()).isEqualTo(3);

		assertThat(this.mvc.post().uri(link + "/delete").with(csrf()).exchange()).hasStatus(HttpStatus.SEE_OTHER);

		assertThat(rows()).isZero();
		assertThat(this.mvc.get().uri(link).exchange()).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri(link + "/again").exchange()).hasStatus(HttpStatus.NOT_FOUND);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "AAAAAAAAAAAAAAAAAAAAAA", "short", "not-a-key.html" })
	void shouldAnswerARetakeThroughAnUnknownOrMalformedKeyWithTheFriendlyNotFound(String key) {
		MvcTestResult form = this.mvc.get().uri("/fis/results/" + key + "/again").exchange();
		MvcTestResult posted = retake("/fis/results/" + key, Answers.formBody(Answers.all(3)));

		for (MvcTestResult result : List.of(form, posted)) {
			assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
			assertThat(result).bodyText().contains("We can’t find a result here");
		}
		assertThat(rows()).isZero();
	}

	@Test
	void shouldKeepTheValidAnswersOfAnIncompleteRetakeAndStoreNothing() throws Exception {
		String link = first(Answers.all(3), false);
		List<Integer> answers = new java.util.ArrayList<>(Answers.all(4));
		answers.set(6, null);

		MvcTestResult result = retake(link, Answers.formBody(answers));

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.select(".error-summary a").eachAttr("href")).containsExactly("#q7-1");
		assertThat(page.select("input[name=q1][checked]").attr("value")).isEqualTo("4");
		assertThat(page.selectFirst("form[method=post]").attr("action")).isEqualTo(link + "/again");
		assertThat(rows()).isEqualTo(1);
	}

	@Test
	void shouldRefuseARetakeWithoutItsFormToken() throws Exception {
		String link = first(Answers.all(3), false);

		MvcTestResult result = this.mvc.post()
			.uri(link + "/again")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content(Answers.formBody(Answers.all(4)))
			.exchange();

		assertThat(result).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(rows()).isEqualTo(1);
	}

	private String first(List<Integer> answers, boolean consent) {
		return MockForm.submit(this.mvc, Answers.formBody(answers) + (consent ? "&consent=yes" : ""))
			.getResponse()
			.getHeader("Location");
	}

	private MvcTestResult retake(String link, String body) {
		return this.mvc.post()
			.uri(link + "/again")
			.with(csrf())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content(body)
			.exchange();
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(this.mvc.get().uri(path).exchange().getResponse().getContentAsString());
	}

	private int rows() {
		return this.jdbc.queryForObject("select count(*) from fis_response", Integer.class);
	}

}
