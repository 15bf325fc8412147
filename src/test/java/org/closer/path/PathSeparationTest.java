package org.closer.path;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.closer.support.Answers;
import org.closer.support.MockForm;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the path never reaches: the statistics and the research export read nothing of it, and a
 * partner sees nothing of the other's path, on their result, their path or the comparison.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:path-separation-test;DB_CLOSE_DELAY=-1",
		"closer.insights.cache-for=0s", "closer.insights.exact=true", "closer.insights.min-pool=2",
		"closer.research.username=researcher",
		"closer.research.password-hash=$2a$10$q9PRGTsbnYSg0GfOJ9OkFOLnnIiCzUI3.dnOKuH/FnfGecVRSkEoa" })
@AutoConfigureMockMvc
class PathSeparationTest {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void shouldLeaveTheStatisticsAndTheExportExactlyAsTheyWere() throws Exception {
		List<String> links = List.of(result(130, "&consent=yes"), result(80, "&consent=yes"), result(100, "&consent=yes"));
		String insights = body("/insights");
		String export = export();
		String resultPage = MockForm.withoutCsrfToken(body(links.get(1)));

		for (String link : links) {
			post(link + "/path", "");
			for (int session = 1; session <= 6; session++) {
				assertThat(post(link + "/path/" + session + "/done", "closeness=" + (1 + session % 5)))
					.hasStatus(HttpStatus.SEE_OTHER);
			}
		}

		assertThat(body("/insights")).isEqualTo(insights);
		assertThat(export()).isEqualTo(export);
		String after = MockForm.withoutCsrfToken(body(links.get(1)));
		assertThat(after.replaceAll("(?s)<section id=\"path\".*?</section>", ""))
			.as("the result page changes only in its path section")
			.isEqualTo(resultPage.replaceAll("(?s)<section id=\"path\".*?</section>", ""));
	}

	@Test
	void shouldShowAPartnerNothingOfTheOthersPath() throws Exception {
		String inviter = result(120, "");
		String invitation = Jsoup.parse(post(inviter + "/partner", "").getResponse().getContentAsString())
			.selectFirst("a#invite-link")
			.attr("href");
		String partner = MockForm
			.post(this.mvc, "/together/" + invitation.substring(invitation.lastIndexOf('/') + 1) + "/questions",
					Answers.formBody(Answers.forTotal(90)))
			.getResponse()
			.getHeader("Location");
		assertThat(post(partner + "/partner/share", "")).hasStatus(HttpStatus.SEE_OTHER);
		assertThat(post(inviter + "/partner/confirm", "")).hasStatus(HttpStatus.SEE_OTHER);
		String comparison = MockForm.withoutCsrfToken(body(partner + "/compare"));
		String partnersResult = MockForm.withoutCsrfToken(body(partner));
		String partnersPath = MockForm.withoutCsrfToken(body(partner + "/path"));

		post(inviter + "/path/1/done", "closeness=2");
		post(inviter + "/path/2/done", "closeness=4");

		assertThat(MockForm.withoutCsrfToken(body(partner + "/compare"))).isEqualTo(comparison);
		assertThat(MockForm.withoutCsrfToken(body(partner))).isEqualTo(partnersResult);
		assertThat(MockForm.withoutCsrfToken(body(partner + "/path"))).isEqualTo(partnersPath);
		Document own = Jsoup.parse(body(inviter + "/path"));
		assertThat(own.select("#path-sessions li[data-state=done]")).hasSize(2);
	}

	private String result(int total, String consent) {
		return MockForm.submit(this.mvc, Answers.formBody(Answers.forTotal(total)) + consent)
			.getResponse()
			.getHeader("Location");
	}

	private String export() throws Exception {
		MvcTestResult csv = this.mvc.get()
			.uri("/research/responses.csv")
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString("researcher:open sesame".getBytes(StandardCharsets.UTF_8)))
			.exchange();
		assertThat(csv).hasStatus(HttpStatus.OK);
		return csv.getResponse().getContentAsString();
	}

	private MvcTestResult post(String path, String body) {
		return MockForm.post(this.mvc, path, body);
	}

	private String body(String path) throws Exception {
		return this.mvc.get().uri(path).exchange().getResponse().getContentAsString();
	}

}
