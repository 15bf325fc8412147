package org.closer.fis;

import java.security.SecureRandom;

import org.closer.support.Answers;
import org.closer.support.MockForm;
import org.closer.support.ResponseRows;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * However often a link is taken, its page stays the same size: it shows the first attempt and the
 * latest ten with the count, and the link takes no more than the configured number of attempts,
 * explaining why and losing nothing already stored.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BoundedHistoryTest {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void shouldShowTheFirstAndTheLatestTenAttemptsOfALongHistoryWithTheCount() throws Exception {
		ResultKey twelve = historyOf(12);
		ResultKey hundred = historyOf(100);

		Document page = page("/fis/results/" + hundred);

		assertThat(page.getElementById("fis-history-count").attr("value")).isEqualTo("100");
		assertThat(page.select(".history__table tbody th").eachText()).containsExactly("1", "91", "92", "93", "94", "95",
				"96", "97", "98", "99", "100");
		assertThat(page.select(".history__point")).hasSize(11);
		assertThat(page.select(".history__line--gap")).hasSize(1);
		assertThat(page.text()).contains("This link holds 100 attempts. The chart and the table show the first one and the latest 10");
		assertThat(page.getElementById("fis-change").attr("value")).as("the latest against the one before")
			.isEqualTo(String.valueOf(total(100) - total(99)));
		int sizeOfTwelve = this.mvc.get().uri("/fis/results/" + twelve).exchange().getResponse().getContentAsString()
			.length();
		assertThat(page.outerHtml().length()).as("the page of 100 attempts against that of 12")
			.isLessThan(sizeOfTwelve + 600);
	}

	@Test
	void shouldExplainInsteadOfStoringWhenALinkHoldsAsManyAttemptsAsItMay() throws Exception {
		ResultKey full = historyOf(100);

		Document form = page("/fis/results/" + full + "/again");
		assertThat(form.select("form[method=post] fieldset.item")).as("no form to fill in for nothing").isEmpty();
		assertThat(form.selectFirst("h1").text()).isEqualTo("This link is full");
		assertThat(form.selectFirst("a[href=/fis/questions]")).isNotNull();

		assertThat(MockForm.post(this.mvc, "/fis/results/" + full + "/again", Answers.formBody(Answers.all(3))))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyText().contains("Nothing new was saved");
		assertThat(this.jdbc.queryForObject("select count(*) from fis_response where key_hash = ?", Integer.class,
				full.hash())).isEqualTo(100);
		assertThat(MockForm.post(this.mvc, "/fis/results/" + historyOf(99) + "/again", Answers.formBody(Answers.all(3))))
			.as("the hundredth is still taken").hasStatus(HttpStatus.SEE_OTHER);
	}

	private ResultKey historyOf(int attempts) {
		ResultKey key = ResultKey.generate(new SecureRandom());
		ResponseRows rows = new ResponseRows(this.jdbc);
		for (int attempt = 1; attempt <= attempts; attempt++) {
			rows.insertAttempt(key.hash(), attempt, total(attempt), false);
		}
		return key;
	}

	private static int total(int attempt) {
		return 35 + (attempt * 37) % 141;
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(this.mvc.get().uri(path).exchange().getResponse().getContentAsString());
	}

}
