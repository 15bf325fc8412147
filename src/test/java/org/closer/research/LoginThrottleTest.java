package org.closer.research;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.closer.support.Answers;
import org.closer.support.FormSession;
import org.closer.support.Headers;
import org.closer.support.MutableClock;
import org.closer.support.RealPortTest;
import org.closer.support.SiteClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mockingDetails;

/**
 * The researcher's login as a guesser meets it, over a real port behind a proxy that names each
 * client's address, on a clock the test moves and with the password checks counted: ten wrong
 * passwords from one address, then no further check until the window has passed; no more checks at
 * once than allowed; a budget apart from the submission limit; no address in the log. Every test
 * speaks from addresses of its own.
 */
@RealPortTest(properties = { "closer.research.username=researcher",
		"closer.research.password-hash=" + ResearchExportTest.HASH, "closer.rate-limit.per-minute=10",
		"closer.rate-limit.burst=5", "server.forward-headers-strategy=native" })
@ExtendWith(OutputCaptureExtension.class)
class LoginThrottleTest {

	private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-12-01T12:00:00Z"));

	@TestBean
	private Clock clock;

	@MockitoSpyBean
	private PasswordEncoder researchPasswords;

	@Autowired
	private SiteClient site;

	static Clock clock() {
		return CLOCK;
	}

	@BeforeEach
	void countFromNothing() {
		clearInvocations(this.researchPasswords);
	}

	@Test
	void shouldRefuseTheEleventhWrongPasswordUncheckedUntilTheWindowHasPassed() {
		for (int i = 1; i <= 10; i++) {
			assertThat(login("198.51.100.11", "guess " + i).statusCode()).as("guess %d", i).isEqualTo(401);
		}
		assertThat(checks()).isEqualTo(10);

		HttpResponse<String> eleventh = login("198.51.100.11", "guess 11");
		HttpResponse<String> rightButLocked = login("198.51.100.11", "open sesame");

		assertThat(eleventh.statusCode()).isEqualTo(429);
		assertThat(eleventh.headers().firstValue("Retry-After")).hasValue("600");
		assertThat(eleventh.body()).contains("try again in 600 seconds");
		Headers.assertStrict(Headers.of(eleventh));
		assertThat(rightButLocked.statusCode()).isEqualTo(429);
		assertThat(checks()).as("no password checked for a locked-out address").isEqualTo(10);
		assertThat(login("198.51.100.12", "guess").statusCode()).as("another address").isEqualTo(401);

		CLOCK.set(CLOCK.instant().plusSeconds(601));
		assertThat(login("198.51.100.11", "open sesame").statusCode()).isEqualTo(200);
	}

	@Test
	void shouldRefuseAtOnceAPasswordCheckBeyondTheOneRunning() throws Exception {
		CountDownLatch checking = new CountDownLatch(1);
		CountDownLatch finish = new CountDownLatch(1);
		doAnswer((invocation) -> {
			checking.countDown();
			finish.await(10, TimeUnit.SECONDS);
			return invocation.callRealMethod();
		}).when(this.researchPasswords).matches(any(), any());

		CompletableFuture<HttpResponse<String>> first = CompletableFuture
			.supplyAsync(() -> login("198.51.100.21", "guess"));
		assertThat(checking.await(10, TimeUnit.SECONDS)).isTrue();
		HttpResponse<String> second = login("198.51.100.22", "open sesame");
		finish.countDown();

		assertThat(second.statusCode()).isEqualTo(429);
		assertThat(second.headers().firstValue("Retry-After")).hasValue("1");
		assertThat(first.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(401);
		assertThat(checks()).isEqualTo(1);
	}

	@Test
	void shouldKeepTheLoginBudgetApartFromTheSubmissionLimit() {
		FormSession form = FormSession.open(this.site);
		for (int i = 0; i < 5; i++) {
			assertThat(submit(form, "198.51.100.31").statusCode()).isEqualTo(303);
		}
		assertThat(submit(form, "198.51.100.31").statusCode()).isEqualTo(429);
		assertThat(login("198.51.100.31", "open sesame").statusCode()).as("submissions used up, login untouched")
			.isEqualTo(200);

		for (int i = 0; i < 10; i++) {
			login("198.51.100.32", "guess");
		}
		assertThat(login("198.51.100.32", "guess").statusCode()).isEqualTo(429);
		assertThat(submit(form, "198.51.100.32").statusCode()).as("logins used up, submissions untouched")
			.isEqualTo(303);
	}

	@Test
	void shouldLogNoClientAddress(CapturedOutput log) {
		for (int i = 0; i < 12; i++) {
			login("198.51.100.41", "guess");
		}

		assertThat(log.getAll()).doesNotContain("198.51.100.");
	}

	private HttpResponse<String> login(String address, String password) {
		String credentials = Base64.getEncoder().encodeToString(("researcher:" + password).getBytes(StandardCharsets.UTF_8));
		return this.site.get("/research/responses.csv", "Authorization", "Basic " + credentials, "X-Forwarded-For",
				address);
	}

	private HttpResponse<String> submit(FormSession form, String address) {
		return form.post(this.site, "/fis/questions", Answers.formBody(Answers.all(3)), "X-Forwarded-For", address);
	}

	private long checks() {
		return mockingDetails(this.researchPasswords).getInvocations()
			.stream()
			.filter((invocation) -> "matches".equals(invocation.getMethod().getName()))
			.count();
	}

}
