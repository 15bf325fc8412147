package org.closer.insights;

import java.time.Clock;
import java.time.Instant;

import org.closer.fis.QuestionnaireService;
import org.closer.fis.ResultKey;
import org.closer.support.Answers;
import org.closer.support.MockForm;
import org.closer.support.MutableClock;
import org.closer.support.ResponseRows;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics as shipped: published once a day from the answers given before it, and rounded. A
 * partner who answers (and shares for research) on a quiet day moves no figure anyone can see, on
 * {@code /insights} or beside a result, until the next publication; then the pool does not tell one
 * response more.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:published-figures-test;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class PublishedFiguresTest {

	/** Each test starts on a day of its own, after the day the application started on. */
	private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));

	@TestBean
	private Clock clock;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private QuestionnaireService questionnaire;

	static Clock clock() {
		return CLOCK;
	}

	@Test
	void shouldMoveNoFigureWithOnePersonsAnswerUntilTheNextPublication() throws Exception {
		CLOCK.set(Instant.parse("2026-12-02T09:00:00Z"));
		ResponseRows rows = new ResponseRows(this.jdbc);
		rows.deleteAll();
		rows.insert(60, true, ResponseRows.VERSION, 10);
		rows.insert(95, true, ResponseRows.VERSION, 11);
		rows.insert(120, true, ResponseRows.VERSION, 11);
		rows.insert(150, true, ResponseRows.VERSION, 9);
		ResultKey inviter = this.questionnaire.submit(Answers.forTotal(110), false);
		String insightsBefore = main("/insights");
		String comparisonBefore = comparison(inviter);

		CLOCK.set(Instant.parse("2026-12-02T15:00:00Z"));
		MockForm.submit(this.mvc, Answers.formBody(Answers.forTotal(101)) + "&consent=yes");

		assertThat(main("/insights")).as("the same day").isEqualTo(insightsBefore);
		assertThat(comparison(inviter)).isEqualTo(comparisonBefore);

		CLOCK.set(Instant.parse("2026-12-03T00:00:00Z"));

		Document nextDay = page("/insights");
		assertThat(nextDay.getElementById("insights-published").text()).contains("Last updated on 3 December 2026");
		assertThat(nextDay.getElementById("insights-pool").attr("value")).as("41 and 42 alike, to the nearest ten")
			.isEqualTo(page("/fis/results/" + inviter).getElementById("fis-pool").attr("value"))
			.isEqualTo("40");
	}

	@Test
	void shouldShowThePublishedFiguresRoundedAndSayWhen() throws Exception {
		CLOCK.set(Instant.parse("2026-12-05T09:00:00Z"));
		ResponseRows rows = new ResponseRows(this.jdbc);
		rows.deleteAll();
		rows.insert(50, true, ResponseRows.VERSION, 13);
		rows.insert(92, true, ResponseRows.VERSION, 12);
		rows.insert(111, true, ResponseRows.VERSION, 11);

		Document insights = page("/insights");

		assertThat(insights.getElementById("insights-pool").attr("value")).as("36 to the nearest ten").isEqualTo("40");
		assertThat(insights.getElementById("insights-median").attr("value")).as("92 to the nearest five").isEqualTo("90.0");
		assertThat(insights.select("table.bands thead th").eachText()).as("no counts").containsExactly("Band", "Share");
		assertThat(insights.selectFirst("#band-low data").attr("value")).as("13 of 36 in steps of five").isEqualTo("35");
		assertThat(insights.select(".histogram tbody td").eachText()).allMatch((share) -> share.matches("\\d*[05]%"));
		assertThat(insights.getElementById("insights-sd").attr("value")).matches("\\d+\\.\\d");
		assertThat(insights.getElementById("insights-alpha").attr("value")).matches("-?\\d+\\.\\d\\d");
		assertThat(insights.getElementById("insights-published").text()).contains("Last updated on 5 December 2026");

		Document result = page("/fis/results/" + this.questionnaire.submit(Answers.forTotal(100), false));
		assertThat(result.getElementById("fis-percentile").attr("value")).as("25 of 36 below, 69, down to 65")
			.isEqualTo("65");
		assertThat(result.getElementById("fis-pool").attr("value")).isEqualTo("40");
		assertThat(result.selectFirst("section.comparison").text()).contains("roughly")
			.contains("Last updated on 5 December 2026");
	}

	private String comparison(ResultKey key) throws Exception {
		return page("/fis/results/" + key).selectFirst("section.comparison").outerHtml();
	}

	private String main(String path) throws Exception {
		return page(path).selectFirst("main").outerHtml();
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(this.mvc.get().uri(path).exchange().getResponse().getContentAsString());
	}

}
