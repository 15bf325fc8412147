package org.closer.web;

import java.net.http.HttpResponse;
import java.util.List;

import org.closer.fis.QuestionnaireService;
import org.closer.support.Answers;
import org.closer.support.RealPortTest;
import org.closer.support.SiteClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.ClassMode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One language for everyone: whatever Accept-Language the first visitor of a fresh site sends, and
 * whatever later ones send, every page is in English, says so, and writes numbers and dates the English way.
 */
@RealPortTest
@DirtiesContext(classMode = ClassMode.BEFORE_CLASS)
class OneLocaleTest {

	@Autowired
	private SiteClient site;

	@Autowired
	private QuestionnaireService questionnaire;

	@Test
	void shouldAnswerEveryVisitorInEnglishWhateverTheFirstOneAskedFor() {
		HttpResponse<String> german = this.site.get("/tips", "Accept", "text/html", "Accept-Language", "de-DE");
		HttpResponse<String> noLanguage = this.site.get("/tips");
		HttpResponse<String> turkish = this.site.get("/fear", "Accept", "text/html", "Accept-Language", "tr-TR");
		HttpResponse<String> missing = this.site.get("/no/such/page", "Accept", "text/html", "Accept-Language", "de-DE");

		for (HttpResponse<String> page : List.of(german, noLanguage, turkish, missing)) {
			assertThat(page.headers().allValues("Content-Language")).containsExactly("en");
			assertThat(Jsoup.parse(page.body()).selectFirst("html").attr("lang")).isEqualTo("en");
		}
		assertThat(noLanguage.body()).isEqualTo(german.body());
	}

	@Test
	void shouldWriteNumbersAndDatesTheEnglishWayWhoeverAsks() {
		String result = "/fis/results/" + this.questionnaire.submit(Answers.all(4), false);

		HttpResponse<String> german = this.site.get(result, "Accept", "text/html", "Accept-Language", "de-DE");
		HttpResponse<String> english = this.site.get(result, "Accept", "text/html", "Accept-Language", "en-US");

		Document page = Jsoup.parse(german.body());
		assertThat(page.selectFirst(".figures").text()).as("the average of 110 / 35").contains("3.1").doesNotContain("3,1");
		assertThat(page.selectFirst(".print-only").text()).doesNotContain("Dezember").matches(".*\\d{1,2} [A-Z][a-z]+ \\d{4}.*");
		assertThat(german.headers().allValues("Content-Language")).containsExactly("en");
		assertThat(withoutToken(english.body())).isEqualTo(withoutToken(german.body()));
	}

	/** The page without its form's CSRF token, which every response has afresh. */
	private static String withoutToken(String page) {
		return page.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"");
	}

}
