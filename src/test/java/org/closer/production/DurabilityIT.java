package org.closer.production;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.closer.support.Answers;
import org.closer.support.FormSession;
import org.closer.support.LaunchedApplication;
import org.closer.support.RawConnection;
import org.closer.support.SiteClient;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged application on its default H2 file database (./data under its working directory):
 * many concurrent submissions, then a kill -9 right after the last acknowledgement, or a SIGTERM while
 * submissions are half sent, and a restart that must find every acknowledged result intact.
 */
class DurabilityIT {

	private static final int CLIENTS = 32;

	private static final int SUBMISSIONS_PER_CLIENT = 16;

	private static final int TRIALS = Integer.getInteger("closer.durability.trials", 1);

	/** Submissions half sent when the process is asked to stop. */
	private static final int IN_FLIGHT = 12;

	private static final Pattern LOCATION = Pattern.compile("(?im)^Location: (?:https?://[^/]+)?(\\S+)$");

	private static final List<String> JVM = List.of("-Xmx256m");

	/** No rate limit; {@code -Dcloser.durability.url=...} replaces the shipped database URL, for experiments. */
	private static final List<String> NO_RATE_LIMIT = (System.getProperty("closer.durability.url") == null)
			? List.of("--closer.rate-limit.per-minute=0")
			: List.of("--closer.rate-limit.per-minute=0",
					"--spring.datasource.url=" + System.getProperty("closer.durability.url"));

	@TempDir
	private Path workDirectory;

	@Test
	void shouldKeepEveryAcknowledgedSubmissionThroughAKillNine() throws Exception {
		for (int trial = 1; trial <= TRIALS; trial++) {
			Path directory = this.workDirectory.resolve("trial-" + trial);
			Map<String, Integer> acknowledged;
			try (LaunchedApplication app = LaunchedApplication.start("kill-" + trial, directory, JVM, NO_RATE_LIMIT)) {
				long started = System.nanoTime();
				acknowledged = new ConcurrentHashMap<>();
				submitConcurrently(app.client(), CLIENTS, SUBMISSIONS_PER_CLIENT, acknowledged);
				double seconds = (System.nanoTime() - started) / 1e9;
				app.kill();
				System.out.printf("Trial %d: %d submissions from %d concurrent clients in %.1f s, all 303, then kill -9%n",
						trial, acknowledged.size(), CLIENTS, seconds);
			}
			assertThat(acknowledged).hasSize(CLIENTS * SUBMISSIONS_PER_CLIENT);
			try (LaunchedApplication restarted = LaunchedApplication.start("restart-" + trial, directory, JVM,
					NO_RATE_LIMIT)) {
				assertEveryResultIntact(restarted.client(), acknowledged);
			}
		}
	}

	/**
	 * Submissions whose bodies are half sent when the process is asked to stop: the rest arrives after the
	 * signal, and each one must still be stored and acknowledged, with nothing forgiven.
	 */
	@Test
	void shouldFinishSubmissionsInFlightWhenAskedToStop() throws Exception {
		Path directory = this.workDirectory.resolve("sigterm");
		Map<String, Integer> acknowledged = new HashMap<>();
		try (LaunchedApplication app = LaunchedApplication.start("sigterm", directory, JVM, NO_RATE_LIMIT)) {
			FormSession form = FormSession.open(app.client());
			List<RawConnection> inFlight = new ArrayList<>();
			List<String> rests = new ArrayList<>();
			for (int i = 0; i < IN_FLIGHT; i++) {
				String body = Answers.formBody(Answers.forTotal(40 + 9 * i)) + "&_csrf=" + form.token();
				RawConnection connection = RawConnection.open(app.client().port(), "127.0.0.1");
				connection.send("POST /fis/questions HTTP/1.1\r\nHost: localhost\r\nCookie: " + form.cookie()
						+ "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
						+ "\r\n\r\n" + body.substring(0, body.length() / 2));
				inFlight.add(connection);
				rests.add(body.substring(body.length() / 2));
			}
			Thread.sleep(500);

			app.askToStop();
			Thread.sleep(1_000);
			assertThat(app.isAlive()).as("still waiting for the bodies in flight").isTrue();
			for (int i = 0; i < IN_FLIGHT; i++) {
				assertThat(inFlight.get(i).send(rests.get(i))).as("submission %d still connected", i).isTrue();
			}
			for (int i = 0; i < IN_FLIGHT; i++) {
				RawConnection.Answer answer = inFlight.get(i).answer(Duration.ofSeconds(10));
				assertThat(answer.status()).as("submission %d, sent on after the signal", i).isEqualTo(303);
				Matcher location = LOCATION.matcher(answer.text());
				assertThat(location.find()).isTrue();
				acknowledged.put(location.group(1), 40 + 9 * i);
				inFlight.get(i).close();
			}
			int exit = app.awaitExit(Duration.ofSeconds(30));
			System.out.printf("SIGTERM with %d submissions half sent: all stored, exit code %d%n", acknowledged.size(),
					exit);
			assertThat(exit).isIn(0, 143);
		}
		try (LaunchedApplication restarted = LaunchedApplication.start("after-sigterm", directory, JVM, NO_RATE_LIMIT)) {
			assertEveryResultIntact(restarted.client(), acknowledged);
		}
	}

	/**
	 * Submits from many clients at once; each opens its own form. Puts each acknowledged result address
	 * with the total it must show into {@code acknowledged}; any failure, or any status but 303, fails
	 * the test.
	 */
	private static void submitConcurrently(SiteClient site, int clients, int perClient,
			Map<String, Integer> acknowledged) throws Exception {
		List<String> failures = Collections.synchronizedList(new ArrayList<>());
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Future<?>> running = new ArrayList<>();
		for (int client = 0; client < clients; client++) {
			Random random = new Random(client);
			running.add(pool.submit(() -> {
				FormSession form = FormSession.open(site);
				for (int i = 0; i < perClient; i++) {
					List<Integer> answers = new ArrayList<>();
					for (int item = 0; item < 35; item++) {
						answers.add(1 + random.nextInt(5));
					}
					HttpResponse<String> response;
					try {
						response = form.submit(site, answers, random.nextBoolean());
					}
					catch (RuntimeException ex) {
						failures.add(ex.toString());
						return;
					}
					if (response.statusCode() != 303) {
						failures.add("status " + response.statusCode());
						return;
					}
					String result = response.headers().firstValue("Location").orElseThrow();
					if (acknowledged.put(result, Answers.referenceTotal(answers)) != null) {
						failures.add("the same key twice: " + result);
					}
				}
			}));
		}
		for (Future<?> client : running) {
			client.get();
		}
		pool.shutdown();
		assertThat(failures).isEmpty();
	}

	private static void assertEveryResultIntact(SiteClient site, Map<String, Integer> acknowledged) {
		int intact = 0;
		for (Map.Entry<String, Integer> result : acknowledged.entrySet()) {
			HttpResponse<String> page = site.get(result.getKey());
			if (page.statusCode() == 200 && Jsoup.parse(page.body())
				.getElementById("fis-total")
				.attr("value")
				.equals(String.valueOf(result.getValue()))) {
				intact++;
			}
		}
		System.out.printf("After restart: %d of %d acknowledged results intact%n", intact, acknowledged.size());
		assertThat(intact).isEqualTo(acknowledged.size());
	}

}
