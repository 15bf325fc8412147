package org.closer.insights;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.closer.fis.QuestionnaireService;
import org.closer.support.Answers;
import org.closer.support.Browser;
import org.closer.support.RealPortTest;
import org.closer.support.ResponseRows;
import org.closer.support.SiteClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The statistics, a compared result and the research codebook in a real browser, with a pool large enough to show. */
@RealPortTest(properties = { "spring.datasource.url=jdbc:h2:mem:insights-browser-it;DB_CLOSE_DELAY=-1",
		"closer.research.username=researcher",
		"closer.research.password-hash=$2a$10$q9PRGTsbnYSg0GfOJ9OkFOLnnIiCzUI3.dnOKuH/FnfGecVRSkEoa",
		"closer.insights.cache-for=0s" })
class InsightsBrowserIT {

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	private SiteClient site;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private QuestionnaireService questionnaire;

	@BeforeAll
	static void logInAsTheResearcher() {
		browser.sendHeader("Authorization",
				"Basic " + Base64.getEncoder().encodeToString("researcher:open sesame".getBytes(StandardCharsets.UTF_8)));
	}

	@BeforeEach
	void fillThePool() {
		ResponseRows rows = new ResponseRows(this.jdbc);
		rows.deleteAll();
		for (int total = 40; total <= 170; total += 5) {
			rows.insert(total, true, ResponseRows.VERSION, 1 + Math.abs(105 - total) % 7);
		}
	}

	@ParameterizedTest(name = "{0} at {1} px")
	@CsvSource({ "/insights, 390", "/insights, 1280", "/research, 390", "/research, 1280", "result, 390", "result, 1280" })
	void shouldRenderCleanlyAndAccessibly(String path, int width) {
		String target = "result".equals(path) ? "/fis/results/" + this.questionnaire.submit(Answers.forTotal(118), true)
				: path;

		browser.open(this.site.base() + target, width);

		assertThat(browser.driver().findElements(By.cssSelector("h1"))).isNotEmpty();
		if ("result".equals(path)) {
			assertThat(browser.driver().findElement(By.id("fis-percentile")).getAttribute("value")).isNotBlank();
		}
		assertThat(browser.consoleErrors()).isEmpty();
		assertThat(browser.scrollsHorizontally()).as("scrolls sideways").isFalse();
		if (!"/research".equals(path)) {
			assertThat(browser.chartTextSizes()).as("chart text in CSS px").isNotEmpty()
				.allSatisfy((text, size) -> assertThat(size).as(text).isGreaterThanOrEqualTo(12.0));
		}
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.screenshot(("result".equals(path) ? "fis-result-compared" : path.substring(1)) + "-" + width);
	}

}
