package org.closer.together;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.closer.support.Answers;
import org.closer.support.MockForm;
import org.closer.support.MutableClock;
import org.closer.support.ResponseRows;
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
 * Two people comparing, step by step, on a clock the test moves: nothing shared before the partner
 * agrees, a no that looks like silence, and either side able to end it; expiry, cancelling, deleting.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TogetherFlowTest {

	private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-12-01T12:00:00Z"));

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"[^\"]*\"");

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
	void startEmpty() {
		CLOCK.set(Instant.parse("2026-12-01T12:00:00Z"));
		this.jdbc.update("delete from fis_pairing");
		new ResponseRows(this.jdbc).deleteAll();
	}

	@Test
	void shouldShareOnlyOnceThePartnerAgreesAndLetEitherEndIt() throws Exception {
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
		assertThat(status(inviter)).isEqualTo("waiting");
		assertThat(get(inviter + "/compare")).as("nothing shared before the share form").hasStatus(HttpStatus.NOT_FOUND);
		assertThat(get("/together/" + token)).as("the link works once").hasStatus(HttpStatus.NOT_FOUND);

		assertThat(post(partner + "/partner/share")).hasStatus(HttpStatus.SEE_OTHER);

		assertThat(status(inviter)).isEqualTo("shared");
		assertThat(status(partner)).isEqualTo("shared");
		Document fromInviter = page(inviter + "/compare");
		assertThat(fromInviter.getElementById("compare-total-you").attr("value")).isEqualTo("120");
		assertThat(fromInviter.getElementById("compare-total-partner").attr("value")).isEqualTo("80");
		assertThat(page(partner + "/compare").getElementById("compare-total-you").attr("value")).isEqualTo("80");
		assertThat(fromInviter.select("#compare-differences > li").eachAttr("data-item")).hasSizeBetween(1, 5);
		assertThat(fromInviter.select("#compare-differences > li .compare__prompt")).hasSameSizeAs(
				fromInviter.select("#compare-differences > li"));
		assertThat(fromInviter.text()).doesNotContainIgnoringCase("match").doesNotContain("%");
		assertThat(fromInviter.text()).as("120 is at the threshold").contains("Counseling, on your own or as a couple");
		assertThat(get(inviter + "/compare")).headers()
			.hasValue("Cache-Control", "no-store")
			.hasValue("X-Robots-Tag", "noindex")
			.hasValue("Referrer-Policy", "no-referrer");
		assertThat(post(partner + "/partner/share")).as("sharing twice").hasStatus(HttpStatus.CONFLICT);

		assertThat(post(partner + "/compare/withdraw")).hasStatus(HttpStatus.SEE_OTHER);

		assertThat(get(inviter + "/compare")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(get(partner + "/compare")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(status(inviter)).isEqualTo("none");
		assertThat(status(partner)).isEqualTo("none");
		assertThat(post(partner + "/partner/share")).as("sharing after a withdrawal").hasStatus(HttpStatus.CONFLICT);
	}

	@Test
	void shouldLeaveTheInvitersPageByteForByteTheSameAfterADecline() throws Exception {
		String inviter = result(Answers.forTotal(120));
		String partner = answer(invite(inviter), Answers.forTotal(80));
		String before = withoutToken(get(inviter).getResponse().getContentAsString());

		assertThat(post(partner + "/partner/decline")).hasStatus(HttpStatus.SEE_OTHER);

		assertThat(withoutToken(get(inviter).getResponse().getContentAsString())).isEqualTo(before);
		assertThat(status(partner)).isEqualTo("none");
		assertThat(post(partner + "/partner/share")).as("sharing after declining").hasStatus(HttpStatus.CONFLICT);
		assertThat(get(inviter + "/compare")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void shouldLetTheInviterCancelAnOpenInvitation() throws Exception {
		String inviter = result(Answers.forTotal(120));
		String token = invite(inviter);
		assertThat(post(inviter + "/partner")).as("a second invitation while one is open").hasStatus(HttpStatus.CONFLICT);

		assertThat(post(inviter + "/partner/cancel")).hasStatus(HttpStatus.SEE_OTHER);

		assertThat(get("/together/" + token)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(post("/together/" + token + "/questions", Answers.formBody(Answers.all(3)))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(status(inviter)).isEqualTo("none");
		assertThat(rows()).isEqualTo(1);
	}

	@Test
	void shouldLetAnUnansweredInvitationRunOutAndTheInviterInviteAgain() throws Exception {
		String inviter = result(Answers.forTotal(120));
		String token = invite(inviter);
		CLOCK.set(CLOCK.instant().plusSeconds(13 * 86_400));
		assertThat(get("/together/" + token)).hasStatus(HttpStatus.OK);

		CLOCK.set(CLOCK.instant().plusSeconds(86_400));

		assertThat(get("/together/" + token)).hasStatus(HttpStatus.GONE);
		assertThat(post("/together/" + token + "/questions", Answers.formBody(Answers.all(3)))).hasStatus(HttpStatus.GONE);
		assertThat(status(inviter)).isEqualTo("none");
		assertThat(rows()).as("nothing stored from an expired link").isEqualTo(1);
		assertThat(post(inviter + "/partner")).hasStatus(HttpStatus.OK);
	}

	@Test
	void shouldRemoveRunOutInvitationsOnceADayAndKeepSharedComparisons() throws Exception {
		String sharing = result(Answers.forTotal(120));
		String partner = answer(invite(sharing), Answers.forTotal(80));
		post(partner + "/partner/share");
		invite(result(Answers.forTotal(100)));
		invite(result(Answers.forTotal(90)));
		CLOCK.set(CLOCK.instant().plusSeconds(13 * 86_400));
		this.cleanup.removeExpired();
		assertThat(pairings()).as("nothing has run out yet").isEqualTo(3);

		CLOCK.set(CLOCK.instant().plusSeconds(86_400));
		this.cleanup.removeExpired();

		assertThat(pairings()).as("the shared one stays").isEqualTo(1);
		assertThat(status(sharing)).isEqualTo("shared");
	}

	@Test
	void shouldEndTheComparisonWhenEitherResultIsDeleted() throws Exception {
		String inviter = result(Answers.forTotal(120));
		String partner = answer(invite(inviter), Answers.forTotal(80));
		post(partner + "/partner/share");

		assertThat(post(partner + "/delete")).hasStatus(HttpStatus.SEE_OTHER);

		assertThat(get(inviter + "/compare")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(status(inviter)).isEqualTo("none");
		assertThat(this.jdbc.queryForObject("select count(*) from fis_pairing", Integer.class)).isZero();
	}

	@Test
	void shouldRefuseHostileAndRepeatedRequestsWithAFriendlyPageAndNoServerError() throws Exception {
		String inviter = result(Answers.forTotal(120));
		String token = invite(inviter);
		answer(token, Answers.forTotal(80));
		List<String> gets = List.of("/together/short", "/together/" + "A".repeat(300), "/together/AAAAAAAAAAAAAAAAAAAAAA",
				"/together/" + token, "/together/%00", "/together/" + token + "/questions", "/fis/results/nope/compare",
				"/fis/results/AAAAAAAAAAAAAAAAAAAAAA/compare");
		for (String path : gets) {
			assertThat(get(path).getResponse().getStatus()).as(path).isIn(400, 404);
		}
		List<String> posts = List.of("/together/" + token + "/questions", "/together/forged/questions",
				"/fis/results/AAAAAAAAAAAAAAAAAAAAAA/partner", "/fis/results/nope/partner/share",
				inviter + "/partner/share", inviter + "/partner/decline", inviter + "/compare/withdraw");
		for (String path : posts) {
			assertThat(post(path, Answers.formBody(Answers.all(3))).getResponse().getStatus()).as(path).isBetween(400, 499);
		}
		assertThat(this.mvc.post().uri(inviter + "/partner/cancel").exchange()).as("no CSRF token")
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(status(inviter)).isEqualTo("waiting");
		assertThat(rows()).isEqualTo(2);
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

	private int pairings() {
		return this.jdbc.queryForObject("select count(*) from fis_pairing", Integer.class);
	}

	private int rows() {
		return this.jdbc.queryForObject("select count(*) from fis_response", Integer.class);
	}

	private static String withoutToken(String page) {
		Matcher token = CSRF.matcher(page);
		return token.replaceAll("name=\"_csrf\" value=\"\"");
	}

}
