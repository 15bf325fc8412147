package org.closer.production;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.closer.support.Answers;
import org.closer.support.FormSession;
import org.closer.support.LaunchedApplication;
import org.closer.support.SiteClient;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged application on its default H2 file database (./data under its working directory):
 * many concurrent submissions, then a kill -9 right after the last acknowledgement, or a SIGTERM in
 * the middle of them, and a restart that must find every acknowledged result intact.
 */
class DurabilityIT {

	private static final int CLIENTS = 32;

	private static final int SUBMISSIONS_PER_CLIENT = 16;

	private static final int TRIALS = Integer.getInteger("closer.durability.trials", 1);

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
				submitConcurrently(app.client(), CLIENTS, SUBMISSIONS_PER_CLIENT, new AtomicBoolean(), acknowledged);
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

	@Test
	void shouldFinishSubmissionsInFlightWhenAskedToStop() throws Exception {
		Path directory = this.workDirectory.resolve("sigterm");
		Map<String, Integer> acknowledged = new ConcurrentHashMap<>();
		try (LaunchedApplication app = LaunchedApplication.start("sigterm", directory, JVM, NO_RATE_LIMIT)) {
			AtomicBoolean stopping = new AtomicBoolean();
			ExecutorService load = Executors.newSingleThreadExecutor();
			Future<?> submissions = load.submit(() -> {
				submitConcurrently(app.client(), 16, Integer.MAX_VALUE, stopping, acknowledged);
				return null;
			});
			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (acknowledged.size() < 200 && System.nanoTime() < deadline) {
				Thread.sleep(10);
			}
			stopping.set(true);
			int exit = app.stop(Duration.ofSeconds(30));
			submissions.get();
			load.shutdown();
			System.out.printf("SIGTERM under load: %d acknowledged submissions, exit code %d%n", acknowledged.size(), exit);
			assertThat(exit).isIn(0, 143);
		}
		assertThat(acknowledged).isNotEmpty();
		try (LaunchedApplication restarted = LaunchedApplication.start("after-sigterm", directory, JVM, NO_RATE_LIMIT)) {
			assertEveryResultIntact(restarted.client(), acknowledged);
		}
	}

	/**
	 * Submits from many clients at once; each opens its own form. Puts each acknowledged result address
	 * with the total it must show into {@code acknowledged}. Once {@code stopping} is set, a refused
	 * connection ends a client quietly; any other failure, or any status but 303, fails the test.
	 */
	private static void submitConcurrently(SiteClient site, int clients, int perClient, AtomicBoolean stopping,
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
						if (stopping.get()) {
							return;
						}
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
