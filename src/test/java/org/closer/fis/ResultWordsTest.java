package org.closer.fis;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.closer.support.Answers;
import org.closer.support.MockForm;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a result page says in each band, in the order a reader meets it: counseling from the threshold
 * (first when very high), the reminder that this is no diagnosis before any number, a high score as a
 * reason to talk rather than a label, and nothing said twice within a few paragraphs.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ResultWordsTest {

	@Autowired
	private MockMvcTester mvc;

	@ParameterizedTest(name = "total {0}")
	@CsvSource({ "35, low, false", "69, low, false", "70, some, false", "104, some, false", "105, high, true",
			"139, high, true", "140, very-high, true", "175, very-high, true" })
	void shouldSuggestCounselingFromTheThresholdAndLeadWithItWhenVeryHigh(int total, String band, boolean counseling)
			throws Exception {
		Document page = MockForm.resultPage(this.mvc, Answers.forTotal(total));

		assertThat(page.selectFirst("data#fis-total").attr("value")).isEqualTo(String.valueOf(total));
		assertThat(page.selectFirst("data#fis-band").attr("value")).isEqualTo(band);
		assertThat(page.getElementById("counseling") != null).isEqualTo(counseling);
		Element firstSection = page.selectFirst("article.result > *");
		assertThat(firstSection.id().equals("counseling")).isEqualTo("very-high".equals(band));
		assertThat(page.select((counseling ? "#counseling" : ".reflection") + " a[href^=/help]"))
			.as("a way to help in the result itself, not only the footer's")
			.isNotEmpty();
	}

	@ParameterizedTest(name = "total {0}")
	@ValueSource(ints = { 50, 90, 120, 160 })
	void shouldSayItIsNoDiagnosisBeforeAnyNumber(int total) throws Exception {
		Document page = MockForm.resultPage(this.mvc, Answers.forTotal(total));
		List<Element> inOrder = page.getAllElements();

		Element reminder = page.getElementById("not-diagnosis");
		assertThat(reminder.text()).contains("not a diagnosis");
		assertThat(inOrder.indexOf(reminder)).isLessThan(inOrder.indexOf(page.getElementById("score-title")))
			.isLessThan(inOrder.indexOf(page.selectFirst("data#fis-total")));
		assertThat(reminder.parent()).isEqualTo(page.selectFirst("h1").parent());
	}

	@ParameterizedTest(name = "total {0}")
	@ValueSource(ints = { 120, 160 })
	void shouldReadAHighScoreAsAReasonToTalkNotALabel(int total) throws Exception {
		Document page = MockForm.resultPage(this.mvc, Answers.forTotal(total));

		assertThat(page.selectFirst(".meaning").text()).contains("a reason to talk to someone, not a label");
	}

	@ParameterizedTest(name = "total {0}")
	@ValueSource(ints = { 50, 90, 105, 120, 140, 160 })
	void shouldNeverRepeatItselfWithinThreeParagraphs(int total) throws Exception {
		List<Element> paragraphs = MockForm.resultPage(this.mvc, Answers.forTotal(total)).select("main p");

		for (int i = 0; i < paragraphs.size(); i++) {
			for (int j = i + 1; j < Math.min(i + 3, paragraphs.size()); j++) {
				Set<String> shared = runsOfFour(paragraphs.get(i).text());
				shared.retainAll(runsOfFour(paragraphs.get(j).text()));
				assertThat(shared).as("%s%nsoon followed by%n%s", paragraphs.get(i).text(), paragraphs.get(j).text())
					.isEmpty();
			}
		}
	}

	private static Set<String> runsOfFour(String text) {
		String[] words = text.toLowerCase().split("[^a-z’']+");
		Set<String> runs = new HashSet<>();
		for (int i = 0; i + 4 <= words.length; i++) {
			runs.add(String.join(" ", Arrays.copyOfRange(words, i, i + 4)));
		}
		return runs;
	}

}
