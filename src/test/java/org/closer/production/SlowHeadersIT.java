package org.closer.production;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.closer.support.Answers;
import org.closer.support.FormSession;
import org.closer.support.LaunchedApplication;
import org.closer.support.RawConnection;
import org.closer.support.SiteClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged application in the production heap, with a thousand connections that send one header
 * line a second and never finish their request: pages and submissions are still answered at once, the
 * heap holds, and a client that falls silent in the middle of its headers is cut off.
 */
class SlowHeadersIT {

	private static final List<String> PRODUCTION_HEAP = List.of("-Xmx192m", "-XX:+UseSerialGC");

	@TempDir
	private Path work;

	@Test
	void shouldServeEveryoneElseWhileAThousandRequestsNeverFinishTheirHeaders() throws Exception {
		List<RawConnection> slow = new ArrayList<>();
		ScheduledExecutorService drip = Executors.newSingleThreadScheduledExecutor();
		try (LaunchedApplication app = LaunchedApplication.start("slow-headers", this.work, PRODUCTION_HEAP,
				List.of("--closer.rate-limit.per-minute=0", "--server.tomcat.connection-timeout=3s",
						"--closer.request.body-deadline=2s"))) {
			SiteClient site = app.client();
			for (int i = 0; i < 50; i++) {
				site.get("/");
			}
			for (int i = 0; i < 1_000; i++) {
				RawConnection connection = RawConnection.open(site.port(), "127.0.4." + (1 + i % 250));
				connection.send("GET / HTTP/1.1\r\nHost: x\r\n");
				slow.add(connection);
			}
			drip.scheduleAtFixedRate(() -> slow.forEach((connection) -> connection.send("X-a: b\r\n")), 0, 1,
					TimeUnit.SECONDS);
			Thread.sleep(3_000);

			for (int i = 0; i < 20; i++) {
				long started = System.nanoTime();
				assertThat(site.get("/").statusCode()).isEqualTo(200);
				assertThat(Duration.ofNanos(System.nanoTime() - started)).as("GET / beside 1,000 unfinished requests")
					.isLessThan(Duration.ofSeconds(1));
			}
			long started = System.nanoTime();
			assertThat(FormSession.open(site).submit(site, Answers.all(3), false).statusCode()).isEqualTo(303);
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));

			RawConnection silent = RawConnection.open(site.port(), "127.0.5.1");
			silent.send("GET / HTTP/1.1\r\nHost: x\r\n");
			assertThat(silent.answer(Duration.ofSeconds(8)).closed()).as("silent for the connection timeout").isTrue();
			assertThat(app.log()).doesNotContain("OutOfMemoryError");
		}
		finally {
			drip.shutdownNow();
			slow.forEach(RawConnection::close);
		}
	}

}
