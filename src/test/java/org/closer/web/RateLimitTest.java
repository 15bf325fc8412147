package org.closer.web;

import java.net.http.HttpResponse;

import org.closer.support.Answers;
import org.closer.support.FormSession;
import org.closer.support.RealPortTest;
import org.closer.support.SiteClient;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Submissions limited per client address at the shipped default of 10 a minute with a burst of 5: the sixth waits 6 seconds. */
@RealPortTest(properties = { "closer.rate-limit.per-minute=10", "closer.rate-limit.burst=5" })
@AutoConfigureMockMvc
class RateLimitTest {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private SiteClient site;

	@Test
	void shouldRefuseTheSixthQuickSubmissionFromOneAddressAndStoreNothing() {
		for (int i = 0; i < 5; i++) {
			assertThat(submit("198.51.100.1", null)).hasStatus(HttpStatus.SEE_OTHER);
		}
		int stored = count();

		MvcTestResult refused = submit("198.51.100.1", null);

		assertThat(refused).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(refused).headers().hasValue("Retry-After", "6");
		assertThat(count()).isEqualTo(stored);
		assertThat(submit("198.51.100.2", null)).as("another address").hasStatus(HttpStatus.SEE_OTHER);
	}

	@Test
	void shouldIgnoreForwardedHeadersUnlessTheOperatorTurnsThemOn() {
		for (int i = 0; i < 5; i++) {
			assertThat(submit("198.51.100.3", "203.0.113." + i)).hasStatus(HttpStatus.SEE_OTHER);
		}

		assertThat(submit("198.51.100.3", "203.0.113.99")).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
	}

	@Test
	void shouldChargeNothingForAFormRefusedForWantOfItsToken() {
		for (int i = 0; i < 20; i++) {
			assertThat(this.mvc.post()
				.uri("/fis/questions")
				.with((mock) -> {
					mock.setRemoteAddr("198.51.100.4");
					return mock;
				})
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content(Answers.formBody(Answers.all(3)))
				.exchange()).as("no token, attempt %d", i).hasStatus(HttpStatus.FORBIDDEN);
		}

		for (int i = 0; i < 5; i++) {
			assertThat(submit("198.51.100.4", null)).as("the whole allowance is left").hasStatus(HttpStatus.SEE_OTHER);
		}
		assertThat(submit("198.51.100.4", null)).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
	}

	@Test
	void shouldNeverHoldBackAStepThatOnlyTakesSomethingAway() throws Exception {
		String result = submit("198.51.100.5", null).getResponse().getHeader("Location");
		while (submit("198.51.100.5", null).getResponse().getStatus() != 429) {
			// Spends the allowance of the address, as someone sharing it might.
		}

		assertThat(post("198.51.100.5", result + "/partner")).as("inviting adds something").hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(post("198.51.100.5", result + "/delete")).as("deleting takes away").hasStatus(HttpStatus.SEE_OTHER);
		assertThat(post("198.51.100.5", result + "/compare/withdraw")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void shouldExplainTheLimitOnAFriendlyPage() {
		FormSession form = FormSession.open(this.site);
		HttpResponse<String> response = null;
		for (int i = 0; i < 6; i++) {
			response = form.post(this.site, "/fis/questions", "q1=3");
		}

		assertThat(response.statusCode()).isEqualTo(429);
		assertThat(Jsoup.parse(response.body()).selectFirst("h1").text()).isEqualTo("Please wait a moment");
		assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
	}

	private MvcTestResult post(String address, String path) {
		return this.mvc.post()
			.uri(path)
			.with(csrf())
			.with((mock) -> {
				mock.setRemoteAddr(address);
				return mock;
			})
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.exchange();
	}

	private MvcTestResult submit(String address, String forwardedFor) {
		var request = this.mvc.post()
			.uri("/fis/questions")
			.with(csrf())
			.with((mock) -> {
				mock.setRemoteAddr(address);
				return mock;
			})
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content(Answers.formBody(Answers.all(3)));
		if (forwardedFor != null) {
			request.header("X-Forwarded-For", forwardedFor);
		}
		return request.exchange();
	}

	private int count() {
		return this.jdbc.queryForObject("select count(*) from fis_response", Integer.class);
	}

}
