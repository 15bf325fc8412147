package org.closer.fis;

import org.closer.support.Answers;
import org.closer.support.MockForm;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A site configured with other band edges and another counseling threshold says those edges and that
 * threshold wherever the result page states them, and reads totals by them.
 */
@SpringBootTest(properties = { "closer.fis.bands.some=60", "closer.fis.bands.high=100", "closer.fis.bands.very-high=150",
		"closer.fis.counseling-threshold=120" })
@AutoConfigureMockMvc
class ConfiguredBandsTest {

	@Autowired
	private MockMvcTester mvc;

	@ParameterizedTest(name = "total {0}")
	@CsvSource({ "59, low, false", "60, some, false", "100, high, false", "119, high, false", "120, high, true",
			"150, very-high, true" })
	void shouldStateAndApplyTheConfiguredEdgesAndThreshold(int total, String band, boolean counseling) throws Exception {
		Document page = MockForm.resultPage(this.mvc, Answers.forTotal(total));

		assertThat(page.selectFirst("data#fis-band").attr("value")).isEqualTo(band);
		assertThat(page.selectFirst(".scale figcaption").text())
			.contains("low from 35, some from 60, high from 100 and very high from 150");
		assertThat(page.selectFirst(".scale + .hint").text()).contains("A total under 60 (an average under 1.7) is low.",
				"From 60 it is some, from 100 (an average of 2.9) it is high, and from 150 (an average of 4.3) it is very high.");
		assertThat(page.getElementById("counseling") != null).as("counseling suggested").isEqualTo(counseling);
		if (counseling) {
			assertThat(page.getElementById("counseling").text()).contains("totals of 120 or more");
		}
	}

}
