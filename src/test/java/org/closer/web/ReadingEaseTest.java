package org.closer.web;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.closer.support.Answers;
import org.closer.support.FormSession;
import org.closer.support.ReadingEase;
import org.closer.support.RealPortTest;
import org.closer.support.SiteClient;
import org.closer.support.SitePages;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps every page a visitor can see at a Flesch reading ease of 60 or more (a level a 13-year-old
 * can follow): the learning pages, the questionnaire, a result in every band beside enough others to
 * compare with, one with a history, the form to take it again, the statistics, deleting and the error
 * pages. The instrument's own words (its instructions, statements, answer labels and credit line) are
 * left out: they are not ours to simplify.
 */
@RealPortTest(properties = { "closer.insights.min-pool=3", "closer.insights.cache-for=0s",
		"closer.rate-limit.burst=10" })
class ReadingEaseTest {

	private static final double MINIMUM = 60;

	private static final String INSTRUMENT = ".part, .weighed__list q, .credit";

	@Autowired
	private SiteClient site;

	@Test
	void shouldKeepEveryPageEasyToRead() {
		assertThat(ease(this.site.get("/insights"))).as("Flesch reading ease of /insights with too few answers")
			.isGreaterThanOrEqualTo(MINIMUM);
		FormSession form = FormSession.open(this.site);
		List<String> pages = new ArrayList<>(SitePages.ALL);
		String result = "";
		for (int total : List.of(50, 90, 120, 160)) {
			result = form.submit(this.site, Answers.forTotal(total), true).headers().firstValue("Location").orElseThrow();
			pages.add(result);
		}
		form.post(this.site, result + "/again", Answers.formBody(Answers.forTotal(100)));
		pages.addAll(List.of(result + "/again", "/insights", result + "/delete", "/fis/deleted", "/fis/results/AAAAAAAAAAAAAAAAAAAAAA",
				"/no-such-page"));

		assertThat(pages).allSatisfy((path) -> assertThat(ease(this.site.get(path, "Accept", "text/html")))
			.as("Flesch reading ease of %s", path)
			.isGreaterThanOrEqualTo(MINIMUM));
	}

	@Test
	void shouldKeepThePagesForComparingWithAPartnerEasyToRead() {
		FormSession form = FormSession.open(this.site);
		String inviter = form.submit(this.site, Answers.forTotal(130), false).headers().firstValue("Location").orElseThrow();
		HttpResponse<String> invited = form.post(this.site, inviter + "/partner", "");
		String link = Jsoup.parse(invited.body()).selectFirst("a#invite-link").attr("href");
		String invitation = link.substring(link.indexOf("/together/"));
		List<String> pages = new ArrayList<>(List.of(invitation, invitation + "/questions"));
		String partner = form.post(this.site, invitation + "/questions", Answers.formBody(Answers.forTotal(80)))
			.headers()
			.firstValue("Location")
			.orElseThrow();
		pages.addAll(List.of(inviter, partner));
		form.post(this.site, partner + "/partner/share", "");
		pages.addAll(List.of(inviter + "/compare", "/together/AAAAAAAAAAAAAAAAAAAAAA"));

		assertThat(ease(invited)).as("Flesch reading ease of the invitation to send").isGreaterThanOrEqualTo(MINIMUM);
		assertThat(pages).allSatisfy((path) -> assertThat(ease(this.site.get(path, "Accept", "text/html")))
			.as("Flesch reading ease of %s", path)
			.isGreaterThanOrEqualTo(MINIMUM));
	}

	@Test
	void shouldKeepThePathAndEverySessionEasyToRead() {
		FormSession form = FormSession.open(this.site);
		String result = form.submit(this.site, Answers.forTotal(140), false).headers().firstValue("Location").orElseThrow();
		form.post(this.site, result + "/path", "");
		form.post(this.site, result + "/path/1/done", "closeness=2");
		form.post(this.site, result + "/path/2/done", "closeness=4");
		form.post(this.site, result + "/again", Answers.formBody(Answers.forTotal(110)));
		List<String> pages = new ArrayList<>(List.of(result, result + "/path"));
		for (int session = 1; session <= 6; session++) {
			pages.add(result + "/path/" + session);
		}

		for (String path : pages) {
			double ease = ease(this.site.get(path, "Accept", "text/html"));
			System.out.printf("Reading ease of %s: %.1f%n", path.replace(result, "{result}"), ease);
			assertThat(ease).as("Flesch reading ease of %s", path).isGreaterThanOrEqualTo(MINIMUM);
		}
	}

	@Test
	void shouldScoreShortPlainSentencesAsEasyAndLongLatinateOnesAsHard() {
		assertThat(ReadingEase.of(Jsoup.parse("<main><h1>Home</h1><p>The cat sat on the mat. It was warm.</p></main>"), ""))
			.isGreaterThan(90);
		assertThat(ReadingEase.of(Jsoup.parse("<main><p>Interpersonal vulnerability necessitates considerable "
				+ "psychological investment, notwithstanding institutional confidentiality</p></main>"), ""))
			.isLessThan(0);
	}

	@Test
	void shouldEndASentenceAtEveryBlockAndLeaveOutWhatItIsTold() {
		String asList = "<main><ul><li>one big dog</li><li>one big cat</li></ul></main>";
		String asSentence = "<main><p>one big dog one big cat</p></main>";
		String withChart = "<main><p>One big dog.</p><svg><text>Interpersonal vulnerability</text></svg>"
				+ "<p class=\"quote\">Considerable psychological investment.</p></main>";

		assertThat(ReadingEase.of(Jsoup.parse(asList), "")).isGreaterThan(ReadingEase.of(Jsoup.parse(asSentence), ""));
		assertThat(ReadingEase.of(Jsoup.parse(withChart), ".quote"))
			.isEqualTo(ReadingEase.of(Jsoup.parse("<main><p>One big dog.</p></main>"), ""));
	}

	private static double ease(HttpResponse<String> page) {
		return ReadingEase.of(Jsoup.parse(page.body()), INSTRUMENT);
	}

}
