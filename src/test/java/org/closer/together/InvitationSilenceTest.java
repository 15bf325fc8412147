package org.closer.together;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.closer.support.Answers;
import org.closer.support.FormSession;
import org.closer.support.MockForm;
import org.closer.support.MutableClock;
import org.closer.support.RealPortTest;
import org.closer.support.SiteClient;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.convention.TestBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Until someone shares, an invitation says nothing to anyone holding its link, over a real port, byte
 * for byte: the invitation page, its form and the inviter's own pages answer the same (status, headers
 * and body, the CSRF token and the date aside) whether the person invited never opened the link,
 * opened it, answered, or answered and declined; and after it runs out, the same for all four too.
 */
@RealPortTest
class InvitationSilenceTest {

	private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-12-01T12:00:00Z"));

	@TestBean
	private Clock clock;

	@Autowired
	private SiteClient site;

	private FormSession inviterForm;

	private FormSession partnerForm;

	static Clock clock() {
		return CLOCK;
	}

	@BeforeEach
	void twoPeople() {
		CLOCK.set(Instant.parse("2026-12-01T12:00:00Z"));
		this.inviterForm = FormSession.open(this.site);
		this.partnerForm = FormSession.open(this.site);
	}

	@Test
	void shouldAnswerTheInviterAndTheLinkAlikeWhateverThePersonInvitedDoes() {
		Invitation invitation = invite();
		List<String> seen = new ArrayList<>();
		seen.add(views(invitation));

		this.site.get("/together/" + invitation.token());
		this.site.get("/together/" + invitation.token() + "/questions");
		seen.add(views(invitation));

		String partner = answer(invitation.token());
		seen.add(views(invitation));

		assertThat(this.partnerForm.post(this.site, partner + "/partner/decline", "").statusCode()).isEqualTo(303);
		seen.add(views(invitation));

		assertThat(seen).as("never opened, opened, answered, answered and declined").containsOnly(seen.get(0));
		assertThat(seen.get(0)).contains("200 /together/").contains("waiting");
	}

	@Test
	void shouldAnswerAlikeAfterItRunsOutWhateverThePersonInvitedDid() {
		Invitation untouched = invite();
		Invitation opened = invite();
		this.site.get("/together/" + opened.token() + "/questions");
		Invitation answered = invite();
		answer(answered.token());
		Invitation declined = invite();
		this.partnerForm.post(this.site, answer(declined.token()) + "/partner/decline", "");

		CLOCK.set(CLOCK.instant().plusSeconds(14 * 86_400));

		List<String> seen = List.of(views(untouched), views(opened), views(answered), views(declined));
		assertThat(seen).containsOnly(seen.get(0));
		assertThat(seen.get(0)).contains("410 /together/");
	}

	private Invitation invite() {
		String result = this.inviterForm.submit(this.site, Answers.forTotal(120), false).headers()
			.firstValue("Location").orElseThrow();
		HttpResponse<String> invited = this.inviterForm.post(this.site, result + "/partner", "");
		assertThat(invited.statusCode()).isEqualTo(200);
		String link = Jsoup.parse(invited.body()).selectFirst("a#invite-link").attr("href");
		return new Invitation(result, link.substring(link.lastIndexOf('/') + 1));
	}

	private String answer(String token) {
		HttpResponse<String> answered = this.partnerForm.post(this.site, "/together/" + token + "/questions",
				Answers.formBody(Answers.forTotal(80)));
		assertThat(answered.statusCode()).isEqualTo(303);
		return answered.headers().firstValue("Location").orElseThrow();
	}

	/**
	 * An invitation as its inviter holds it.
	 *
	 * @param result the inviter's result page
	 * @param token the invitation's token
	 */
	private record Invitation(String result, String token) {
	}

	/** Everything the invitation and the inviter's pages say, the secrets in them replaced by names. */
	private String views(Invitation invitation) {
		StringBuilder views = new StringBuilder();
		views.append(view("/together/" + invitation.token(), this.site.get("/together/" + invitation.token())));
		views.append(view("/together/{token}/questions", this.site.get("/together/" + invitation.token() + "/questions")));
		views.append(view("the result", this.site.get(invitation.result())));
		views.append(view("the comparison", this.site.get(invitation.result() + "/compare")));
		views.append(view("inviting again", this.inviterForm.post(this.site, invitation.result() + "/partner", "")));
		views.append(view("agreeing", this.inviterForm.post(this.site, invitation.result() + "/partner/confirm", "")));
		// Once it has run out, inviting again makes a new invitation with a token of its own.
		return views.toString()
			.replace(invitation.result().substring(invitation.result().lastIndexOf('/') + 1), "{key}")
			.replaceAll("/together/[A-Za-z0-9_-]{22}", "/together/{token}");
	}

	private static String view(String what, HttpResponse<String> response) {
		Map<String, List<String>> headers = new TreeMap<>(response.headers().map());
		headers.remove("date");
		headers.computeIfPresent("set-cookie", (name, values) -> List.of("(a CSRF cookie)"));
		return response.statusCode() + " " + what + "\n" + headers + "\n" + MockForm.withoutCsrfToken(response.body())
				+ "\n";
	}

}
