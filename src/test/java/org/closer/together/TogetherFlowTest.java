package org.closer.together;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.closer.fis.ResultKey;
import org.closer.support.Answers;
import org.closer.support.MockForm;
import org.closer.support.MutableClock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two people comparing, step by step, on a clock the test moves: nothing shared before the person
 * invited shares and the inviter agrees, a no that leaves nothing behind, the first share taking the
 * invitation, either side able to end it; expiry, cancelling, deleting. Each test makes results of its
 * own and counts only what it made.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TogetherFlowTest {

	private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-12-01T12:00:00Z"));

	@TestBean
	private Clock clock;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PairingCleanup cleanup;

	static Clock clock() {
		return CLOCK;
	}

	@BeforeEach
	void startToday() {
		CLOCK.set(Instant.parse("2026-12-01T12:00:00Z"));
	}

	@Test
	void shouldCompareOnlyOnceThePersonInvitedSharesAndTheInviterAgrees() throws Exception {
		String inviter = result(Answers.forTotal(120));
		assertThat(status(inviter)).isEqualTo("none");
		String token = invite(inviter);
		assertThat(status(inviter)).isEqualTo("waiting");
		assertThat(this.jdbc.queryForList("select * from fis_pairing").toString()).as("the token never in clear")
			.doesNotContain(token);

		Document invitation = page("/together/" + token);
		assertThat(invitation.selectFirst("a#invite-accept").attr("href")).isEqualTo("/together/" + token + "/questions");
		String partner = answer(token, Answers.forTotal(80));
		assertThat(status(partner)).isEqualTo("asked");
		assertThat(page(partner).getElementById("partner-share")).isNotNull();
		assertThat(status(inviter)).isEqualTo("waiting");

		assertThat(post(partner + "/partner/share")).hasStatus(HttpStatus.SEE_OTHER);

		assertThat(status(partner)).as("waiting for the inviter").isEqualTo("waiting");
		assertThat(status(inviter)).isEqualTo("asked");
		assertThat(page(inviter).getElementById("partner-confirm")).isNotNull();
		assertThat(get(inviter + "/compare")).as("nothing shown before the inviter agrees").hasStatus(HttpStatus.NOT_FOUND);
		assertThat(get(partner + "/compare")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(get("/together/" + token)).as("sharing takes the link").hasStatus(HttpStatus.NOT_FOUND);

		assertThat(post(inviter + "/partner/confirm")).hasStatus(HttpStatus.SEE_OTHER);

		assertThat(status(inviter)).isEqualTo("shared");
		assertThat(status(partner)).isEqualTo("shared");
		Document fromInviter = page(inviter + "/compare");
		assertThat(fromInviter.getElementById("compare-total-you").attr("value")).isEqualTo("120");
		assertThat(fromInviter.getElementById("compare-total-partner").attr("value")).isEqualTo("80");
		assertThat(page(partner + "/compare").getElementById("compare-total-you").attr("value")).isEqualTo("80");
		assertThat(fromInviter.select("#compare-differences > li").eachAttr("data-item")).hasSizeBetween(1, 5);
		assertThat(fromInviter.text()).doesNotContainIgnoringCase("match").doesNotContain("%");
		assertThat(fromInviter.text()).as("120 is at the threshold").contains("Counseling, on your own or as a couple");
		assertThat(get(inviter + "/compare")).headers()
			.hasValue("Cache-Control", "no-store")
			.hasValue("X-Robots-Tag", "noindex")
			.hasValue("Referrer-Policy", "no-referrer");
		assertThat(post(partner + "/partner/share")).as("sharing twice").hasStatus(HttpStatus.CONFLICT);
		assertThat(post(inviter + "/partner/confirm")).as("agreeing twice").hasStatus(HttpStatus.CONFLICT);

		assertThat(post(partner + "/compare/withdraw")).hasStatus(HttpStatus.SEE_OTHER);

		assertThat(get(inviter + "/compare")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(get(partner + "/compare")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(status(inviter)).isEqualTo("none");
		assertThat(status(partner)).isEqualTo("none");
		assertThat(post(partner + "/partner/share")).as("sharing after a withdrawal").hasStatus(HttpStatus.CONFLICT);
	}

	@Test
	void shouldLeaveNothingOfADeclineAndKeepTheLinkOpen() throws Exception {
		String inviter = result(Answers.forTotal(120));
		String token = invite(inviter);
		String partner = answer(token, Answers.forTotal(80));
		assertThat(replies(partner)).isEqualTo(1);

		assertThat(post(partner + "/partner/decline")).hasStatus(HttpStatus.SEE_OTHER);

		assertThat(replies(partner)).as("the reply, and with it the partner's hash, is gone").isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from fis_pairing where partner_key_hash is not null "
				+ "and inviter_key_hash = ?", Integer.class, hashOf(inviter))).isZero();
		assertThat(status(partner)).isEqualTo("none");
		assertThat(status(inviter)).isEqualTo("waiting");
		assertThat(post(partner + "/partner/share")).as("sharing after declining").hasStatus(HttpStatus.CONFLICT);
		assertThat(get("/together/" + token)).as("the link still takes answers").hasStatus(HttpStatus.OK);
		assertThat(status(answer(token, Answers.forTotal(90)))).isEqualTo("asked");
	}

	@Test
	void shouldGiveTheInvitationToTheFirstShareAndRefuseTheRestKindly() throws Exception {
		String inviter = result(Answers.forTotal(120));
		String token = invite(inviter);
		String first = answer(token, Answers.forTotal(80));
		String second = answer(token, Answers.forTotal(60));
		assertThat(status(first)).isEqualTo("asked");
		assertThat(status(second)).isEqualTo("asked");

		assertThat(post(second + "/partner/share")).hasStatus(HttpStatus.SEE_OTHER);

		assertThat(post(first + "/partner/share")).hasStatus(HttpStatus.CONFLICT);
		assertThat(status(first)).isEqualTo("none");
		assertThat(replies(first)).isZero();
		assertThat(post("/together/" + token + "/questions", Answers.formBody(Answers.all(3))))
			.hasStatus(HttpStatus.NOT_FOUND);
		post(inviter + "/partner/confirm");
		assertThat(page(inviter + "/compare").getElementById("compare-total-partner").attr("value")).isEqualTo("60");
	}

	@Test
	void shouldKeepTheOneWhoSharedWaitingWhenTheInviterSaysNoUntilTheInvitationRunsOut() throws Exception {
		String inviter = result(Answers.forTotal(120));
		String partner = answer(invite(inviter), Answers.forTotal(80));
		post(partner + "/partner/share");
		String waiting = withoutToken(get(partner).getResponse().getContentAsString());

		assertThat(post(inviter + "/partner/set-aside")).hasStatus(HttpStatus.SEE_OTHER);

		assertThat(status(inviter)).isEqualTo("none");
		assertThat(withoutToken(get(partner).getResponse().getContentAsString())).as("to them, no answer yet")
			.isEqualTo(waiting);
		assertThat(post(inviter + "/partner")).as("the inviter may invite again").hasStatus(HttpStatus.OK);
		CLOCK.set(CLOCK.instant().plusSeconds(14 * 86_400));
		assertThat(status(partner)).isEqualTo("none");
	}

	@Test
	void shouldLetTheOneWhoSharedTakeItBackBeforeTheInviterAgrees() throws Exception {
		String inviter = result(Answers.forTotal(120));
		String partner = answer(invite(inviter), Answers.forTotal(80));
		post(partner + "/partner/share");

		assertThat(post(partner + "/compare/withdraw")).hasStatus(HttpStatus.SEE_OTHER);

		assertThat(status(partner)).isEqualTo("none");
		assertThat(status(inviter)).isEqualTo("none");
		assertThat(post(inviter + "/partner/confirm")).hasStatus(HttpStatus.CONFLICT);
	}

	@Test
	void shouldLetTheInviterCancelAnOpenInvitation() throws Exception {
		String inviter = result(Answers.forTotal(120));
		String token = invite(inviter);
		String partner = answer(token, Answers.forTotal(80));
		assertThat(post(inviter + "/partner")).as("a second invitation while one is out").hasStatus(HttpStatus.CONFLICT);

		assertThat(post(inviter + "/partner/cancel")).hasStatus(HttpStatus.SEE_OTHER);

		assertThat(get("/together/" + token)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(post("/together/" + token + "/questions", Answers.formBody(Answers.all(3))))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(status(inviter)).isEqualTo("none");
		assertThat(replies(partner)).as("the replies go with it").isZero();
	}

	@Test
	void shouldLetAnInvitationRunOutTheSameWayWhateverHappenedThroughIt() throws Exception {
		String untouched = invite(result(Answers.forTotal(120)));
		String declined = invite(result(Answers.forTotal(110)));
		post(answer(declined, Answers.forTotal(80)) + "/partner/decline");
		String undecided = invite(result(Answers.forTotal(100)));
		String partner = answer(undecided, Answers.forTotal(70));
		CLOCK.set(CLOCK.instant().plusSeconds(13 * 86_400));
		for (String token : List.of(untouched, declined, undecided)) {
			assertThat(get("/together/" + token)).as("day 13").hasStatus(HttpStatus.OK);
		}

		CLOCK.set(CLOCK.instant().plusSeconds(86_400));

		for (String token : List.of(untouched, declined, undecided)) {
			assertThat(get("/together/" + token)).hasStatus(HttpStatus.GONE);
			assertThat(post("/together/" + token + "/questions", Answers.formBody(Answers.all(3))))
				.hasStatus(HttpStatus.GONE);
		}
		assertThat(status(partner)).isEqualTo("none");
		assertThat(post(partner + "/partner/share")).hasStatus(HttpStatus.CONFLICT);
	}

	@Test
	void shouldRemoveRunOutInvitationsAndLeftOverRepliesOnceADayAndKeepSharedComparisons() throws Exception {
		String sharing = result(Answers.forTotal(120));
		String partner = answer(invite(sharing), Answers.forTotal(80));
		post(partner + "/partner/share");
		post(sharing + "/partner/confirm");
		String lapsing = result(Answers.forTotal(100));
		String replied = answer(invite(lapsing), Answers.forTotal(90));
		CLOCK.set(CLOCK.instant().plusSeconds(13 * 86_400));
		this.cleanup.removeExpired();
		assertThat(pairingsOf(sharing, lapsing)).as("nothing has run out yet").isEqualTo(2);

		CLOCK.set(CLOCK.instant().plusSeconds(86_400));
		this.cleanup.removeExpired();

		assertThat(pairingsOf(sharing, lapsing)).as("the shared one stays").isEqualTo(1);
		assertThat(replies(replied)).isZero();
		assertThat(status(sharing)).isEqualTo("shared");
	}

	@Test
	void shouldEndTheComparisonWhenEitherResultIsDeleted() throws Exception {
		String inviter = result(Answers.forTotal(120));
		String partner = answer(invite(inviter), Answers.forTotal(80));
		post(partner + "/partner/share");
		post(inviter + "/partner/confirm");

		assertThat(post(partner + "/delete")).hasStatus(HttpStatus.SEE_OTHER);

		assertThat(get(inviter + "/compare")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(status(inviter)).isEqualTo("none");
		assertThat(pairingsOf(inviter)).isZero();
	}

	@Test
	void shouldChangeNothingTheInviterSeesWhenADeclinedResultIsDeleted() throws Exception {
		String inviter = result(Answers.forTotal(120));
		String token = invite(inviter);
		String before = withoutToken(get(inviter).getResponse().getContentAsString());
		String partner = answer(token, Answers.forTotal(80));
		post(partner + "/partner/decline");

		assertThat(post(partner + "/delete")).hasStatus(HttpStatus.SEE_OTHER);

		assertThat(withoutToken(get(inviter).getResponse().getContentAsString())).isEqualTo(before);
		assertThat(get("/together/" + token)).hasStatus(HttpStatus.OK);
		assertThat(post(inviter + "/partner")).as("still one invitation out").hasStatus(HttpStatus.CONFLICT);
	}

	@Test
	void shouldRefuseHostileAndRepeatedRequestsWithThePageAVisitorShouldGet() throws Exception {
		String inviter = result(Answers.forTotal(120));
		String token = invite(inviter);
		answer(token, Answers.forTotal(80));
		for (String path : List.of("/together/short", "/together/" + "A".repeat(300), "/together/AAAAAAAAAAAAAAAAAAAAAA",
				"/together/AAAAAAAAAAAAAAAAAAAAAA/questions", "/fis/results/nope/compare",
				"/fis/results/AAAAAAAAAAAAAAAAAAAAAA/compare", inviter + "/compare")) {
			assertThat(get(path)).as(path).hasStatus(HttpStatus.NOT_FOUND);
		}
		assertThat(get("/together/%00")).hasStatus(HttpStatus.BAD_REQUEST);
		for (String path : List.of("/together/forged/questions", "/fis/results/AAAAAAAAAAAAAAAAAAAAAA/partner",
				"/fis/results/nope/partner/share", "/fis/results/AAAAAAAAAAAAAAAAAAAAAA/compare/renew")) {
			assertThat(post(path, Answers.formBody(Answers.all(3)))).as(path).hasStatus(HttpStatus.NOT_FOUND);
		}
		for (String step : List.of("/partner/share", "/partner/decline", "/partner/confirm", "/partner/set-aside",
				"/compare/withdraw", "/compare/renew")) {
			assertThat(post(inviter + step)).as(step).hasStatus(HttpStatus.CONFLICT);
		}
		assertThat(this.mvc.post().uri(inviter + "/partner/cancel").exchange()).as("no CSRF token")
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(status(inviter)).isEqualTo("waiting");
	}

	private String result(List<Integer> answers) {
		return MockForm.submit(this.mvc, Answers.formBody(answers)).getResponse().getHeader("Location");
	}

	private String invite(String result) throws Exception {
		MvcTestResult invited = post(result + "/partner");
		assertThat(invited).hasStatusOk();
		String link = Jsoup.parse(invited.getResponse().getContentAsString()).selectFirst("a#invite-link").attr("href");
		return link.substring(link.lastIndexOf('/') + 1);
	}

	private String answer(String token, List<Integer> answers) {
		MvcTestResult answered = post("/together/" + token + "/questions", Answers.formBody(answers));
		assertThat(answered).hasStatus(HttpStatus.SEE_OTHER);
		return answered.getResponse().getHeader("Location");
	}

	private String status(String result) throws Exception {
		return page(result).getElementById("partner-status").attr("value");
	}

	private MvcTestResult post(String path) {
		return post(path, "");
	}

	private MvcTestResult post(String path, String body) {
		return MockForm.post(this.mvc, path, body);
	}

	private MvcTestResult get(String path) {
		return this.mvc.get().uri(path).exchange();
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(get(path).getResponse().getContentAsString());
	}

	private int replies(String result) {
		return this.jdbc.queryForObject("select count(*) from fis_pairing_reply where key_hash = ?", Integer.class,
				hashOf(result));
	}

	private int pairingsOf(String... results) {
		int count = 0;
		for (String result : results) {
			count += this.jdbc.queryForObject("select count(*) from fis_pairing where inviter_key_hash = ?",
					Integer.class, hashOf(result));
		}
		return count;
	}

	private static String hashOf(String result) {
		return ResultKey.parse(result.substring(result.lastIndexOf('/') + 1)).orElseThrow().hash();
	}

	private static String withoutToken(String page) {
		return MockForm.withoutCsrfToken(page);
	}

}
