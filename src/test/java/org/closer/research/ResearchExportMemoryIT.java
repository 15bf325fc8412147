package org.closer.research;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import org.closer.support.LaunchedApplication;
import org.closer.support.ResponseRows;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exports a large pool through the packaged application running in its own JVM with a heap far too
 * small to hold the rows: only a streaming export can finish. Rows and heap can be raised for a
 * benchmark with {@code -Dcloser.export.rows=1000000 -Dcloser.export.heap=64m}.
 */
class ResearchExportMemoryIT {

	private static final int ROWS = Integer.getInteger("closer.export.rows", 200_000);

	private static final String HEAP = System.getProperty("closer.export.heap", "48m");

	@TempDir
	private Path data;

	@Test
	void shouldStreamAHugeExportInBoundedMemory() throws Exception {
		String url = "jdbc:h2:file:" + this.data.resolve("closer") + ";WRITE_DELAY=0";
		int consenting = populate(url);

		try (LaunchedApplication app = LaunchedApplication.start("export", List.of("-Xmx" + HEAP, "-Xss512k",
				"-XX:+ExitOnOutOfMemoryError"), List.of("--spring.datasource.url=" + url,
						"--closer.research.username=researcher",
						"--closer.research.password-hash=" + ResearchExportTest.HASH))) {
			long started = System.nanoTime();
			HttpResponse<InputStream> export = HttpClient.newHttpClient()
				.send(app.client().request("/research/responses.csv")
					.timeout(Duration.ofMinutes(10))
					.header("Authorization", "Basic " + Base64.getEncoder()
						.encodeToString("researcher:open sesame".getBytes(StandardCharsets.UTF_8)))
					.build(), HttpResponse.BodyHandlers.ofInputStream());
			assertThat(export.statusCode()).isEqualTo(200);
			long lines = 0;
			String last = null;
			try (BufferedReader reader = new BufferedReader(new InputStreamReader(export.body(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = reader.readLine()) != null) {
					if (lines == 0) {
						assertThat(line).startsWith("response,instrument_version,submitted_on,q1,");
					}
					last = line;
					lines++;
				}
			}
			double exportSeconds = (System.nanoTime() - started) / 1e9;

			long insightsStarted = System.nanoTime();
			assertThat(app.client().get("/insights").statusCode()).isEqualTo(200);
			double insightsMillis = (System.nanoTime() - insightsStarted) / 1e6;

			assertThat(app.isAlive()).as("survived the export within -Xmx%s; log:%n%s", HEAP, app.log()).isTrue();
			assertThat(lines).isEqualTo(consenting + 1L);
			assertThat(last).startsWith(consenting + ",");
			System.out.printf("Export of %,d rows (of %,d stored) in %.1f s with -Xmx%s, peak resident %,d MB; "
					+ "/insights over %,d responses rendered in %.0f ms%n", consenting, ROWS, exportSeconds, HEAP,
					app.peakResidentBytes() / (1024 * 1024), ROWS, insightsMillis);
		}
	}

	/** Creates the real schema and fills it, every tenth response without consent; returns the consenting count. */
	private static int populate(String url) throws Exception {
		Flyway.configure().dataSource(url, "sa", "").load().migrate();
		int consenting = 0;
		try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
			connection.setAutoCommit(false);
			try (PreparedStatement insert = connection.prepareStatement("insert into fis_response "
					+ "(key_hash, instrument_version, answers, total, research_consent, submitted_on) values (?, ?, ?, ?, ?, ?)")) {
				for (int i = 0; i < ROWS; i++) {
					boolean consent = i % 10 != 0;
					insert.setString(1, String.format("%064x", i));
					insert.setString(2, ResponseRows.VERSION);
					insert.setString(3, "3".repeat(35));
					insert.setInt(4, 105);
					insert.setBoolean(5, consent);
					insert.setObject(6, LocalDate.of(2026, 11, 1));
					insert.addBatch();
					consenting += consent ? 1 : 0;
					if (i % 10_000 == 9_999) {
						insert.executeBatch();
						connection.commit();
					}
				}
				insert.executeBatch();
				connection.commit();
			}
		}
		assertThat(Files.exists(Path.of(url.substring("jdbc:h2:file:".length(), url.indexOf(';')) + ".mv.db"))).isTrue();
		return consenting;
	}

}
