package org.closer.learn;

import org.closer.fis.Instrument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reader finds where they need it: each type page ends with where to go next, the scale is
 * introduced as what it measures with one of its own statements, and the crisis numbers are a list.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PagesTogetherTest {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Instrument instrument;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/intimacy/experiential", "/intimacy/emotional", "/intimacy/intellectual",
			"/intimacy/sexual" })
	void shouldEndEveryTypePageWithTheFearPageTheScaleAndTheTips(String path) throws Exception {
		Document page = page(path);

		assertThat(page.select("main nav.next a").eachAttr("href")).containsExactly("/fear", "/fis", "/tips");
		assertThat(page.selectFirst("main article > :last-child")).as("the last thing on the page")
			.isEqualTo(page.selectFirst("main nav.next"));
	}

	@Test
	void shouldPointReadersForWhomTouchIsHardToThePastAbuseSectionAndToHelp() throws Exception {
		Document page = page("/intimacy/sexual");

		assertThat(page.select(".prose a").eachAttr("href")).contains("/fear#past-abuse", "/help");
		assertThat(page("/fear").getElementById("past-abuse")).isNotNull();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/fear", "/fis" })
	void shouldIntroduceTheScaleAsWhatItMeasuresWithItsOwnExample(String path) throws Exception {
		String text = page(path).select("main").text();

		assertThat(text).contains("emotional closeness in a romantic relationship")
			.contains(this.instrument.items().get(10).text())
			.contains("the 35 scores")
			.contains("count the other way round");
	}

	@Test
	void shouldListTheEmergencyNumbersOneByOne() throws Exception {
		Document page = page("/help");

		assertThat(page.select("#if-you-are-in-danger-right-now + p + ul > li > strong").eachText())
			.containsExactly("112", "911", "999", "000");
		assertThat(page.select("main a[href^=https]").eachAttr("href")).contains("https://findahelpline.com",
				"https://befrienders.org");
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(this.mvc.get().uri(path).accept("text/html").exchange().getResponse().getContentAsString());
	}

}
