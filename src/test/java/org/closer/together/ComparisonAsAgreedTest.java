package org.closer.together;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.closer.support.Answers;
import org.closer.support.MockForm;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A comparison shows what both agreed to and nothing more: a partner who retakes the scale as often as
 * they like, one statement at a time, learns nothing of the other's answers beyond the first
 * comparison; newer answers are compared only once both sides agree again.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ComparisonAsAgreedTest {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void shouldRevealNoStatementBeyondTheFirstComparisonHoweverOftenTheOtherRetakes() throws Exception {
		List<Integer> secret = new ArrayList<>();
		for (int item = 0; item < 35; item++) {
			secret.add(1 + (item * 7) % 5);
		}
		String victim = result(secret);
		String attacker = pair(victim, Answers.all(3));
		Map<Integer, String> firstSeen = partnersAnswers(attacker);
		assertThat(firstSeen).as("the first comparison shows some statements").isNotEmpty().hasSizeLessThanOrEqualTo(10);

		Map<Integer, String> seen = new HashMap<>(firstSeen);
		for (int item = 1; item <= 35; item++) {
			List<Integer> probe = new ArrayList<>(Answers.all(3));
			probe.set(item - 1, 5);
			assertThat(retake(attacker, probe)).hasStatus(HttpStatus.SEE_OTHER);
			seen.putAll(partnersAnswers(attacker));
			assertThat(post(attacker + "/compare/renew")).as("an offer the other never takes up").hasStatus(HttpStatus.SEE_OTHER);
			seen.putAll(partnersAnswers(attacker));
		}

		assertThat(seen).as("35 retakes and offers reveal nothing new").isEqualTo(firstSeen);
		assertThat(total(attacker, "you")).as("the attacker still sees the answers agreed on").isEqualTo("105");
		assertThat(newer(victim)).isEqualTo("theirs-first");
	}

	@Test
	void shouldRevealNothingNewWhenTheOtherRetakesAndOffersAndThisSideHasNoNewerAnswers() throws Exception {
		List<Integer> secret = new ArrayList<>();
		for (int item = 0; item < 35; item++) {
			secret.add(1 + (item * 3) % 5);
		}
		String victim = result(secret);
		String attacker = pair(victim, Answers.all(3));
		Map<Integer, String> firstSeen = partnersAnswers(attacker);

		Map<Integer, String> seen = new HashMap<>(firstSeen);
		for (int block = 0; block < 5; block++) {
			List<Integer> probe = new ArrayList<>(Answers.all(3));
			for (int item = block * 7; item < block * 7 + 7; item++) {
				probe.set(item, 5);
			}
			retake(attacker, probe);
			post(attacker + "/compare/renew");
			assertThat(newer(victim)).isEqualTo("theirs-first");
			assertThat(post(victim + "/compare/renew")).as("no newer answers of its own to offer")
				.hasStatus(HttpStatus.CONFLICT);
			seen.putAll(partnersAnswers(attacker));
		}

		assertThat(seen).isEqualTo(firstSeen);
	}

	@Test
	void shouldCompareTheAnswersTheInviterInvitedWithWhateverTheyRetakeBeforeAgreeing() throws Exception {
		String inviter = result(Answers.forTotal(120));
		String link = Jsoup.parse(post(inviter + "/partner").getResponse().getContentAsString())
			.selectFirst("a#invite-link").attr("href");
		String partner = MockForm.post(this.mvc, "/together/" + link.substring(link.lastIndexOf('/') + 1) + "/questions",
				Answers.formBody(Answers.forTotal(80))).getResponse().getHeader("Location");
		post(partner + "/partner/share");

		retake(inviter, Answers.all(5));
		post(inviter + "/partner/confirm");

		assertThat(total(inviter, "you")).as("the attempt invited with, not the one made after the share")
			.isEqualTo("120");
	}

	@Test
	void shouldCompareNewerAnswersOnlyOnceBothSidesAgreeAgain() throws Exception {
		String inviter = result(Answers.forTotal(120));
		String partner = pair(inviter, Answers.forTotal(80));
		retake(partner, Answers.forTotal(60));
		assertThat(newer(partner)).isEqualTo("yours");
		assertThat(newer(inviter)).isEqualTo("none");

		assertThat(post(partner + "/compare/renew")).hasStatus(HttpStatus.SEE_OTHER);
		assertThat(newer(partner)).isEqualTo("offered");
		assertThat(newer(inviter)).as("nothing newer to offer yet").isEqualTo("theirs-first");
		assertThat(total(inviter, "partner")).as("not before the inviter offers too").isEqualTo("80");
		retake(inviter, Answers.forTotal(100));
		assertThat(newer(inviter)).isEqualTo("theirs");

		assertThat(post(inviter + "/compare/renew")).hasStatus(HttpStatus.SEE_OTHER);

		assertThat(total(inviter, "partner")).isEqualTo("60");
		assertThat(total(inviter, "you")).isEqualTo("100");
		assertThat(total(partner, "you")).isEqualTo("60");
		assertThat(newer(inviter)).isEqualTo("none");
		assertThat(newer(partner)).isEqualTo("none");
		assertThat(post(partner + "/compare/renew")).as("nothing newer to offer").hasStatus(HttpStatus.CONFLICT);
	}

	/** The other side's answer to each statement the comparison lists, by item. */
	@Test
	void shouldNeverAskTheSameQuestionTwiceOnOneComparison() throws Exception {
		String inviter = result(Answers.all(1));
		String partner = pair(inviter, Answers.all(5));

		Document comparison = page(partner + "/compare");

		List<String> topics = comparison.select("#compare-differences li .weighed__link").eachAttr("href");
		assertThat(topics).as("a topic under two statements").hasSizeGreaterThan(new HashSet<>(topics).size());
		assertThat(comparison.select(".compare__prompt").eachText()).hasSize(topics.size()).doesNotHaveDuplicates();
	}

	private Map<Integer, String> partnersAnswers(String result) throws Exception {
		Map<Integer, String> answers = new HashMap<>();
		for (Element statement : page(result + "/compare").select("li[data-item]")) {
			String said = statement.selectFirst(".weighed__answer").text();
			answers.put(Integer.valueOf(statement.attr("data-item")), said.substring(said.indexOf("Your partner:")));
		}
		return answers;
	}

	/** Invites from the result, answers with the given answers, shares and confirms; the answering result's link. */
	private String pair(String inviter, List<Integer> answers) throws Exception {
		String link = Jsoup.parse(post(inviter + "/partner").getResponse().getContentAsString())
			.selectFirst("a#invite-link").attr("href");
		String partner = MockForm.post(this.mvc, "/together/" + link.substring(link.lastIndexOf('/') + 1) + "/questions",
				Answers.formBody(answers)).getResponse().getHeader("Location");
		assertThat(post(partner + "/partner/share")).hasStatus(HttpStatus.SEE_OTHER);
		assertThat(post(inviter + "/partner/confirm")).hasStatus(HttpStatus.SEE_OTHER);
		return partner;
	}

	private String result(List<Integer> answers) {
		return MockForm.submit(this.mvc, Answers.formBody(answers)).getResponse().getHeader("Location");
	}

	private MvcTestResult retake(String result, List<Integer> answers) {
		return MockForm.post(this.mvc, result + "/again", Answers.formBody(answers));
	}

	private String total(String result, String side) throws Exception {
		return page(result + "/compare").getElementById("compare-total-" + side).attr("value");
	}

	private String newer(String result) throws Exception {
		return page(result + "/compare").getElementById("compare-newer").attr("value");
	}

	private MvcTestResult post(String path) {
		return MockForm.post(this.mvc, path, "");
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(this.mvc.get().uri(path).exchange().getResponse().getContentAsString());
	}

}
