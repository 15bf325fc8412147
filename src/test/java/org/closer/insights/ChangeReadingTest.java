package org.closer.insights;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.closer.fis.ConsentingPool;
import org.closer.fis.QuestionnaireService;
import org.closer.fis.ResultKey;
import org.closer.fis.TotalCount;
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
import static org.assertj.core.api.Assertions.within;

/**
 * The reading of a change against the pool, on a seeded pool stored through the real schema: SD and
 * Cronbach's alpha as the database sums them against a two-pass computation from the published keying
 * (Descutner and Thelen, 1991), and the reliable change index read both ways, and not at all while it cannot be known.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:change-reading-test;DB_CLOSE_DELAY=-1",
		"closer.insights.cache-for=0s", "closer.insights.exact=true" })
@AutoConfigureMockMvc
class ChangeReadingTest {

	private static final int PEOPLE = 120;

	@Autowired
	private QuestionnaireService questionnaire;

	@Autowired
	private ConsentingPool consentingPool;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MockMvcTester mvc;

	private final List<List<Integer>> pool = new ArrayList<>();

	@BeforeEach
	void storeASeededPoolWithRetakesAndResponsesNotShared() {
		new ResponseRows(this.jdbc).deleteAll();
		Random random = new Random(20261201L);
		for (int person = 0; person < PEOPLE; person++) {
			List<Integer> answers = correlatedAnswers(random);
			this.questionnaire.retake(this.questionnaire.submit(answers, true), correlatedAnswers(random), true);
			this.pool.add(answers);
		}
		this.questionnaire.submit(Answers.all(5), false);
	}

	@Test
	void shouldSumTheSpreadAndConsistencyOfTheFirstSharedAttemptsAsATwoPassComputationDoes() {
		Reliability reliability = Reliability.of(this.consentingPool.sums(LocalDate.now(ZoneOffset.UTC).plusDays(1)));

		assertThat(reliability.pool()).isEqualTo(PEOPLE);
		assertThat(reliability.standardDeviation()).isCloseTo(Math.sqrt(variance(totals())), within(1e-9));
		assertThat(reliability.alpha()).isCloseTo(referenceAlpha(), within(1e-9)).isBetween(0.5, 1.0);
	}

	@Test
	void shouldReadAChangeBeyondTheScalesOwnNoiseAsReliableEitherWay() {
		Reliability reliability = Reliability.of(this.consentingPool.sums(LocalDate.now(ZoneOffset.UTC).plusDays(1)));
		double standardError = Math.sqrt(variance(totals())) * Math.sqrt(2 * (1 - referenceAlpha()));
		int reliable = (int) Math.ceil(ChangeReading.CRITICAL * standardError);
		int notQuite = reliable - 1;

		PoolFigures figures = figures(reliability, 30);

		assertThat(ChangeReading.of(reliable, figures)).isEqualTo(ChangeReading.RELIABLY_HIGHER);
		assertThat(ChangeReading.of(-reliable, figures)).isEqualTo(ChangeReading.RELIABLY_LOWER);
		assertThat(ChangeReading.of(notQuite, figures)).isEqualTo(ChangeReading.WITHIN_NOISE);
		assertThat(ChangeReading.of(-notQuite, figures)).isEqualTo(ChangeReading.WITHIN_NOISE);
		assertThat(ChangeReading.of(0, figures)).isEqualTo(ChangeReading.WITHIN_NOISE);
	}

	@Test
	void shouldSayNotYetKnownBelowTheMinimumPoolOrWithoutSpreadOrWithAnAlphaOfOne() {
		Reliability reliability = Reliability.of(this.consentingPool.sums(LocalDate.now(ZoneOffset.UTC).plusDays(1)));

		assertThat(ChangeReading.of(-80, figures(reliability, PEOPLE + 1))).isEqualTo(ChangeReading.NOT_YET_KNOWN);
		assertThat(ChangeReading.of(-80, figures(new Reliability(PEOPLE, 0, 0.9), 30)))
			.isEqualTo(ChangeReading.NOT_YET_KNOWN);
		assertThat(ChangeReading.of(-80, figures(new Reliability(PEOPLE, 20, 1), 30)))
			.isEqualTo(ChangeReading.NOT_YET_KNOWN);
		assertThat(ChangeReading.of(-80, figures(new Reliability(1, 0, Double.NaN), 1)))
			.isEqualTo(ChangeReading.NOT_YET_KNOWN);
	}

	/** Figures of a pool as large as the reliability's, against the given minimum. */
	private static PoolFigures figures(Reliability reliability, int minPool) {
		return new PoolFigures(new Distribution(List.of(new TotalCount(100, reliability.pool()))), reliability,
				LocalDate.now(ZoneOffset.UTC), minPool);
	}

	@Test
	void shouldShowTheSpreadAndConsistencyOfThePoolOnTheStatisticsPage() throws Exception {
		Document page = Jsoup.parse(this.mvc.get().uri("/insights").exchange().getResponse().getContentAsString());

		assertThat(Double.parseDouble(page.getElementById("insights-sd").attr("value")))
			.isCloseTo(Math.sqrt(variance(totals())), within(0.005));
		assertThat(Double.parseDouble(page.getElementById("insights-alpha").attr("value")))
			.isCloseTo(referenceAlpha(), within(0.0005));
		assertThat(page.getElementById("insights-pool").attr("value")).isEqualTo(String.valueOf(PEOPLE));
		assertThat(page.select(".hint").text()).contains("Internal consistency says");
	}

	@Test
	void shouldShowTheReadingOnTheResultPageBothWays() throws Exception {
		ResultKey easing = this.questionnaire.submit(Answers.forTotal(150), false);
		this.questionnaire.retake(easing, Answers.forTotal(60), false);
		ResultKey growing = this.questionnaire.submit(Answers.forTotal(60), false);
		this.questionnaire.retake(growing, Answers.forTotal(150), false);

		for (Map.Entry<ResultKey, String> expected : Map.of(easing, "reliably-lower", growing, "reliably-higher").entrySet()) {
			Document page = Jsoup.parse(this.mvc.get().uri("/fis/results/" + expected.getKey()).exchange().getResponse()
				.getContentAsString());
			assertThat(page.getElementById("fis-change-reading").attr("value")).isEqualTo(expected.getValue());
			assertThat(page.getElementById("fis-change-reading").text()).contains("likely a real change");
			assertThat(page.getElementById("fis-pool").attr("value")).isEqualTo(String.valueOf(PEOPLE));
		}
	}

	/** A latent level per person, and each keyed score near it, so the items agree as a real scale's do. */
	private static List<Integer> correlatedAnswers(Random random) {
		double level = 1 + 4 * random.nextDouble();
		List<Integer> answers = new ArrayList<>();
		for (int item = 1; item <= 35; item++) {
			int score = (int) Math.max(1, Math.min(5, Math.round(level + random.nextGaussian())));
			answers.add(Answers.REFERENCE_REVERSE_KEYED.contains(item) ? 6 - score : score);
		}
		return answers;
	}

	private List<Double> totals() {
		return this.pool.stream().map((answers) -> (double) Answers.referenceTotal(answers)).toList();
	}

	private double referenceAlpha() {
		double items = 0;
		for (int item = 1; item <= 35; item++) {
			int number = item;
			items += variance(this.pool.stream()
				.map((answers) -> (double) (Answers.REFERENCE_REVERSE_KEYED.contains(number) ? 6 - answers.get(number - 1)
						: answers.get(number - 1)))
				.toList());
		}
		return 35.0 / 34.0 * (1 - items / variance(totals()));
	}

	/** The sample variance, by its definition: the mean first, then the squared distances from it. */
	private static double variance(List<Double> values) {
		double mean = values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
		return values.stream().mapToDouble((value) -> (value - mean) * (value - mean)).sum() / (values.size() - 1);
	}

}
