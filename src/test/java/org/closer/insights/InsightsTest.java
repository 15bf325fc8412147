package org.closer.insights;

import org.closer.fis.QuestionnaireService;
import org.closer.fis.ResultKey;
import org.closer.support.Answers;
import org.closer.support.ResponseRows;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The statistics over a known pool in the real schema: the public page and a result set beside others. */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:insights-test;DB_CLOSE_DELAY=-1",
		"closer.insights.cache-for=0s", "closer.insights.exact=true" })
@AutoConfigureMockMvc
class InsightsTest {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private QuestionnaireService questionnaire;

	private ResponseRows rows;

	@BeforeEach
	void emptyThePool() {
		this.rows = new ResponseRows(this.jdbc);
		this.rows.deleteAll();
	}

	@Test
	void shouldShowNoFiguresBelowTheMinimumPoolHoweverManyDidNotConsent() throws Exception {
		this.rows.insert(100, true, ResponseRows.VERSION, 29);
		this.rows.insert(100, false, ResponseRows.VERSION, 500);
		this.rows.insert(100, true, "fis-some-other-version", 100);

		Document insights = page("/insights");
		assertThat(insights.getElementById("insights-not-enough").text()).contains("Not enough responses yet")
			.contains("at least 30 people");
		assertThat(insights.select("#insights-pool, #insights-median, table.bands, main svg")).isEmpty();

		Document result = page("/fis/results/" + this.questionnaire.submit(Answers.forTotal(120), false));
		assertThat(result.selectFirst("section.comparison").text()).contains("Not enough responses yet");
		assertThat(result.select("#fis-percentile, #fis-pool, .histogram")).isEmpty();
	}

	@Test
	void shouldShowTheFiguresOfAHandComputedPool() throws Exception {
		// 40 consenting responses: 10 at 50 (low), 12 at 90 (some), 10 at 110 (high), 8 at 150 (very high).
		this.rows.insert(50, true, ResponseRows.VERSION, 10);
		this.rows.insert(90, true, ResponseRows.VERSION, 12);
		this.rows.insert(110, true, ResponseRows.VERSION, 10);
		this.rows.insert(150, true, ResponseRows.VERSION, 8);
		this.rows.insert(170, false, ResponseRows.VERSION, 25);

		Document insights = page("/insights");

		assertThat(insights.getElementById("insights-pool").attr("value")).isEqualTo("40");
		assertThat(insights.getElementById("insights-median").attr("value")).isEqualTo("90.0");
		assertThat(insights.selectFirst("#band-low data").attr("value")).isEqualTo("25");
		assertThat(insights.selectFirst("#band-some data").attr("value")).isEqualTo("30");
		assertThat(insights.selectFirst("#band-high data").attr("value")).isEqualTo("25");
		assertThat(insights.selectFirst("#band-very-high data").attr("value")).isEqualTo("20");
		assertThat(insights.select(".histogram tbody td").eachText()).containsExactly("0", "10", "0", "0", "0", "12", "0",
				"10", "0", "0", "0", "8", "0", "0");
		assertThat(insights.select("rect.histogram-bar")).hasSize(14);
		assertThat(insights.select("rect.histogram-bar--you")).isEmpty();
		assertThat(insights.text()).contains("self-selected").contains("not a norm");
	}

	@Test
	void shouldSetAResultBesideTheConsentingPoolCountingTiesAsNotBelow() throws Exception {
		this.rows.insert(50, true, ResponseRows.VERSION, 10);
		this.rows.insert(90, true, ResponseRows.VERSION, 12);
		this.rows.insert(110, true, ResponseRows.VERSION, 10);
		this.rows.insert(150, true, ResponseRows.VERSION, 8);
		this.rows.insert(35, false, ResponseRows.VERSION, 100);

		ResultKey tied = this.questionnaire.submit(Answers.forTotal(90), false);
		Document result = page("/fis/results/" + tied);

		assertThat(result.getElementById("fis-percentile").attr("value")).as("10 of 40 strictly below").isEqualTo("25");
		assertThat(result.getElementById("fis-pool").attr("value")).isEqualTo("40");
		assertThat(result.selectFirst("section.comparison p").text())
			.isEqualTo("Your total is higher than 25% of the 40 people who took it here and agreed to share their answers anonymously.");
		assertThat(result.select("rect.histogram-bar--you")).hasSize(1);
		assertThat(result.selectFirst(".histogram__row--you th").text()).isEqualTo("85 to 94 (your range)");

		ResultKey lowest = this.questionnaire.submit(Answers.forTotal(35), true);
		assertThat(page("/fis/results/" + lowest).getElementById("fis-percentile").attr("value")).isEqualTo("0");
		ResultKey highest = this.questionnaire.submit(Answers.forTotal(175), true);
		assertThat(page("/fis/results/" + highest).getElementById("fis-pool").attr("value"))
			.as("the visitor's own consenting response joins the pool").isEqualTo("42");
		assertThat(page("/fis/results/" + highest).getElementById("fis-percentile").attr("value"))
			.as("41 of 42 strictly below").isEqualTo("97");
	}

	@Test
	void shouldShowNewFiguresOnAResultSeenBeforeTheyChanged() throws Exception {
		this.rows.insert(100, true, ResponseRows.VERSION, 29);
		String result = "/fis/results/" + this.questionnaire.submit(Answers.forTotal(120), false);
		assertThat(page(result).select("#fis-percentile")).as("29 are too few").isEmpty();
		assertThat(page(result).select("#fis-percentile")).isEmpty();

		this.rows.insert(100, true, ResponseRows.VERSION, 1);

		assertThat(page(result).getElementById("fis-pool").attr("value")).isEqualTo("30");
		assertThat(page(result).getElementById("fis-percentile").attr("value")).isEqualTo("100");
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(this.mvc.get().uri(path).exchange().getResponse().getContentAsString());
	}

}
