package org.closer.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.closer.support.Answers;
import org.closer.support.FormSession;
import org.closer.support.RawConnection;
import org.closer.support.RealPortTest;
import org.closer.support.SiteClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests whose bodies come slowly, never, or to nobody, over a real port with its eight worker
 * threads: more of them than threads hold none, pages go on being served, a form's body that is not
 * whole by the deadline gets 408 and a closed connection, and a body nobody reads is never waited for.
 */
@RealPortTest(properties = "closer.request.body-deadline=2s")
class SlowRequestsTest {

	/** More than the eight worker threads. */
	private static final int SLOW = 12;

	@Autowired
	private SiteClient site;

	@Autowired
	private JdbcTemplate jdbc;

	private final List<RawConnection> connections = new ArrayList<>();

	private final ScheduledExecutorService drip = Executors.newSingleThreadScheduledExecutor();

	@AfterEach
	void closeThem() {
		this.drip.shutdownNow();
		this.connections.forEach(RawConnection::close);
	}

	@Test
	void shouldServePagesWhileFormBodiesTrickleInAndAnswer408AtTheDeadline() throws Exception {
		int stored = stored();
		for (int i = 0; i < SLOW; i++) {
			RawConnection slow = open("127.0.0." + (2 + i));
			slow.send("POST /fis/questions HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
					+ "Content-Length: 4000\r\n\r\nq1=3");
			this.drip.scheduleAtFixedRate(() -> slow.send("3"), 300, 300, TimeUnit.MILLISECONDS);
		}

		for (int i = 0; i < 5; i++) {
			long started = System.nanoTime();
			assertThat(this.site.get("/").statusCode()).isEqualTo(200);
			assertThat(this.site.get("/fis/results/AAAAAAAAAAAAAAAAAAAAAA").statusCode()).isEqualTo(404);
			assertThat(Duration.ofNanos(System.nanoTime() - started)).as("pages while %d bodies trickle in", SLOW)
				.isLessThan(Duration.ofSeconds(1));
		}

		for (RawConnection slow : this.connections) {
			RawConnection.Answer answer = slow.answer(Duration.ofSeconds(5));
			assertThat(answer.status()).isEqualTo(408);
			assertThat(answer.text()).contains("took too long to arrive").contains("Content-Security-Policy");
			assertThat(answer.closed()).isTrue();
			assertThat(answer.after()).isBetween(Duration.ofMillis(1900), Duration.ofSeconds(4));
		}
		assertThat(stored()).isEqualTo(stored);
	}

	@Test
	void shouldAnswer408AndCloseWhenADeclaredFormBodyNeverComes() {
		RawConnection silent = open("127.0.0.30");
		silent.send("POST /fis/questions HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
				+ "Content-Length: 400\r\n\r\n");

		RawConnection.Answer answer = silent.answer(Duration.ofSeconds(5));

		assertThat(answer.status()).isEqualTo(408);
		assertThat(answer.closed()).isTrue();
	}

	@Test
	void shouldNeverWaitForABodyNobodyWillReadAndCloseTheConnectionAfterTheAnswer() {
		// Each request with the answer it gets: 413 for a length over the cap, 400 for a body no form sends.
		Map<String, Integer> unread = new LinkedHashMap<>();
		unread.put("GET /fis HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n", 413);
		unread.put("GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n", 400);
		unread.put("POST /fear HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
				+ "Content-Length: 4000\r\n\r\n", 400);
		unread.put("PUT /fis/questions HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
				+ "Content-Length: 100\r\n\r\n", 400);
		unread.put("POST /fis/questions HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=x\r\n"
				+ "Content-Length: 4000\r\n\r\n", 400);
		unread.put("POST /fis/questions HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
				+ "Content-Length: 9000\r\n\r\n", 413);
		List<String> requests = List.copyOf(unread.keySet());
		for (int round = 0; round < SLOW; round++) {
			for (String request : requests) {
				RawConnection connection = open("127.0.0." + (40 + round));
				connection.send(request);
			}
		}

		for (int i = 0; i < this.connections.size(); i++) {
			RawConnection.Answer answer = this.connections.get(i).answer(Duration.ofSeconds(2));
			String request = requests.get(i % requests.size());
			String line = request.lines().findFirst().orElseThrow();
			assertThat(answer.status()).as(line).isEqualTo(unread.get(request));
			assertThat(answer.closed()).as("%s closed", line).isTrue();
			assertThat(answer.after()).isLessThan(Duration.ofSeconds(2));
		}
		assertThat(this.site.get("/").statusCode()).isEqualTo(200);
	}

	@Test
	void shouldTakeAFormWhoseBodyComesInPiecesOrChunksWithinTheDeadline() throws Exception {
		FormSession form = FormSession.open(this.site);
		String body = Answers.formBody(Answers.all(3)) + "&_csrf=" + form.token();
		RawConnection halves = open("127.0.0.60");
		halves.send("POST /fis/questions HTTP/1.1\r\nHost: x\r\nCookie: " + form.cookie()
				+ "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length() + "\r\n\r\n"
				+ body.substring(0, 40));
		Thread.sleep(500);
		halves.send(body.substring(40));
		RawConnection chunked = open("127.0.0.61");
		chunked.send("POST /fis/questions HTTP/1.1\r\nHost: x\r\nCookie: " + form.cookie()
				+ "\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n"
				+ Integer.toHexString(body.length()) + "\r\n" + body + "\r\n0\r\n\r\n");

		assertThat(halves.answer(Duration.ofSeconds(3)).text()).startsWith("HTTP/1.1 303").contains("/fis/results/");
		assertThat(chunked.answer(Duration.ofSeconds(3)).text()).startsWith("HTTP/1.1 303").contains("/fis/results/");
	}

	private RawConnection open(String from) {
		RawConnection connection = RawConnection.open(this.site.port(), from);
		this.connections.add(connection);
		return connection;
	}

	private int stored() {
		return this.jdbc.queryForObject("select count(*) from fis_response", Integer.class);
	}

}
