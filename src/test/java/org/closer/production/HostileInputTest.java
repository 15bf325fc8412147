package org.closer.production;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.closer.support.Answers;
import org.closer.support.FormSession;
import org.closer.support.RealPortTest;
import org.closer.support.SiteClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seeded fuzz test: thousands of malformed and hostile requests to every POST endpoint and to odd
 * paths, over a real port and raw sockets. None may answer 5xx, leak an exception or a class name,
 * store a row, or change the valid data already stored.
 */
@RealPortTest
class HostileInputTest {

	private static final long SEED = 20261126L;

	private static final int REQUESTS = 2_400;

	private static final List<String> LEAKS = List.of("Exception", "at org.", "at java.", "springframework",
			"hibernate", "org.h2", "Tomcat/", "SQLState", "stacktrace", "java.lang");

	private static final List<String> BAD_VALUES = List.of("0", "6", "-1", "x", "", "3.0", "%EF%BC%91", "%00", "3%00",
			"%E2%80%AE3", "99999999999999999999", "NaN", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "'+or+1%3D1--",
			"%F0%9F%92%94", "3%0D%0ASet-Cookie:+x=y", "..%2F..%2Fetc%2Fpasswd", "%25s%25n", "1e1", "+3", "0x3");

	private static final List<String> ODD_PATHS = List.of("/fis/results/", "/fis/results/..%2F..%2Fetc%2Fpasswd",
			"/fis/results/%00", "/fis/results/AAAAAAAAAAAAAAAAAAAAAA/delete", "/../../etc/passwd", "/%2e%2e/%2e%2e/",
			"/assets/../application.properties", "/assets/site.css%00.js", "/WEB-INF/web.xml", "/META-INF/MANIFEST.MF",
			"/actuator/env", "/actuator/heapdump", "/h2-console", "/error", "/research/../research", "/intimacy/%C0%AE",
			"/fis/questions?q1=%00", "/application.properties", "/templates/fis/result.html", "/db/migration",
			"/intimacy/emotional/../../about", "/%F0%9F%92%94", "/fis;jsessionid=abc", "/fis//questions",
			"/together/", "/together/%00", "/together/..%2F", "/fis/results/AAAAAAAAAAAAAAAAAAAAAA/compare",
			"/fis/results/AAAAAAAAAAAAAAAAAAAAAA/path", "/fis/results/AAAAAAAAAAAAAAAAAAAAAA/path/1/reminder.ics",
			"/path/1", "/content/path/1.md");

	private static final List<String> METHODS = List.of("PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND");

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private SiteClient site;

	private FormSession form;

	private final Random random = new Random(SEED);

	private final List<String> problems = new ArrayList<>();

	private int sent;

	/** The one stored result, whose retake form the hostile answers are also sent to. */
	private String valid;

	@BeforeEach
	void openAForm() {
		this.form = FormSession.open(this.site);
	}

	@Test
	void shouldSurviveThousandsOfHostileRequestsWithoutAnErrorALeakOrAStoredRow() throws Exception {
		this.valid = this.form.submit(this.site, Answers.forTotal(100), true).headers().firstValue("Location").orElseThrow();
		List<Map<String, Object>> before = rows();
		int invitations = invitations();

		while (this.sent < REQUESTS) {
			switch (this.random.nextInt(8)) {
				case 0, 1 -> malformedAnswers();
				case 7 -> malformedPathStep();
				case 2 -> wrongContentType();
				case 3 -> deleteWithAForgedKey();
				case 4 -> oddPath();
				case 5 -> wrongMethod();
				default -> rawRequest();
			}
		}

		System.out.printf("Hostile input: %d requests (seed %d), %d problems%n", this.sent, SEED, this.problems.size());
		assertThat(this.problems).isEmpty();
		assertThat(rows()).as("no row stored, none changed, none deleted").isEqualTo(before);
		assertThat(invitations()).as("no invitation made").isEqualTo(invitations);
		assertThat(this.site.get(this.valid).statusCode()).isEqualTo(200);
	}

	private void malformedAnswers() {
		StringBuilder body = new StringBuilder();
		for (int item = 1; item <= 35; item++) {
			if (this.random.nextInt(10) > 0) {
				append(body, "q" + item, String.valueOf(1 + this.random.nextInt(5)));
			}
		}
		switch (this.random.nextInt(6)) {
			case 0 -> append(body, "q" + (1 + this.random.nextInt(35)), pick(BAD_VALUES));
			case 1 -> append(body, pick(List.of("q0", "q36", "q99", "q01", "Q1", "q1[]", "foo", "%00", "q%00")), "3");
			case 2 -> append(body, "consent", pick(List.of("no", "true", "", "yes%00", "on")));
			case 3 -> append(body, "q7", "1&q7=2");
			case 4 -> append(body, "note", "x".repeat(1 + this.random.nextInt(30_000)));
			default -> append(body, "q" + (1 + this.random.nextInt(35)), pick(BAD_VALUES) + "&q1=" + pick(BAD_VALUES));
		}
		String path = pick(List.of("/fis/questions", "/fis/questions?q2=" + pick(BAD_VALUES), this.valid + "/again",
				"/together/AAAAAAAAAAAAAAAAAAAAAA/questions", "/together/" + pick(BAD_VALUES) + "/questions"));
		check("answers " + abbreviate(body), this.form.post(this.site, path, body.toString()));
	}

	private void wrongContentType() {
		String type = pick(List.of("application/json", "text/plain", "multipart/form-data; boundary=x",
				"application/xml", "application/x-www-form-urlencoded; charset=utf-7", "image/png", ""));
		String body = pick(List.of("{\"q1\":3}", "<q1>3</q1>", "--x\r\nContent-Disposition: form-data; name=\"q1\"\r\n\r\n3\r\n--x--",
				"q1=3", "\u0000\u0001\u0002", "%%%%"));
		HttpRequest.Builder request = this.site.request("/fis/questions").POST(HttpRequest.BodyPublishers.ofString(body));
		if (!type.isEmpty()) {
			request.header("Content-Type", type);
		}
		check("content type " + type, this.site.send(request.build()));
	}

	private void deleteWithAForgedKey() {
		String key = pick(List.of("AAAAAAAAAAAAAAAAAAAAAA", "..%2F..", "%00", "A".repeat(1 + this.random.nextInt(3_000)),
				URLEncoder.encode(randomText(22), StandardCharsets.UTF_8), "*", "%25", "null"));
		String step = pick(List.of("/delete", "/again", "/partner", "/partner/share", "/partner/decline",
				"/partner/cancel", "/compare/withdraw"));
		check(step + " " + abbreviate(key), this.form.post(this.site, "/fis/results/" + key + step, ""));
	}

	private void malformedPathStep() {
		String session = pick(List.of("1", "6", "0", "7", "-1", "x", "99999999999", "%00", "1%2F..", pick(BAD_VALUES)));
		String step = pick(List.of("", "/" + session + "/done", "/" + session + "/undo"));
		String body = switch (this.random.nextInt(4)) {
			case 0 -> "closeness=" + pick(BAD_VALUES);
			case 1 -> "closeness=3&closeness=" + pick(List.of("4", "1", "5"));
			case 2 -> pick(List.of("note", "text", "feeling", "closeness[]", "Closeness")) + "=" + randomText(20);
			default -> "closeness=3&note=" + "x".repeat(1 + this.random.nextInt(5_000));
		};
		String key = pick(List.of(this.valid.substring(this.valid.lastIndexOf('/') + 1), "AAAAAAAAAAAAAAAAAAAAAA", "%00"));
		check("path" + step + " " + abbreviate(body), this.form.post(this.site, "/fis/results/" + key + "/path" + step, body));
	}

	private void oddPath() {
		String path = pick(ODD_PATHS);
		if (this.random.nextInt(4) == 0) {
			path = "/" + "a".repeat(1 + this.random.nextInt(12_000));
		}
		check("path " + abbreviate(path), this.site.get(path, "Accept", pick(List.of("text/html", "application/json", "*/*"))));
	}

	private void wrongMethod() {
		String path = pick(List.of("/", "/fis/questions", "/fis/results/AAAAAAAAAAAAAAAAAAAAAA", "/research/responses.csv",
				"/assets/site.css", "/insights"));
		String method = pick(METHODS);
		check(method + " " + path, this.site.send(this.site.request(path)
			.method(method, HttpRequest.BodyPublishers.ofString("q1=3"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.build()));
	}

	private void rawRequest() throws IOException {
		byte[] request = switch (this.random.nextInt(6)) {
			case 0 -> ("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\nX-Huge: " + "h".repeat(10_000 + this.random.nextInt(40_000))
					+ "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
			case 1 -> ("GET /fis/results/A\u0000B HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
			case 2 -> ("POST /fis/questions HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 99999999\r\n"
					+ "Content-Type: application/x-www-form-urlencoded\r\n\r\nq1=3").getBytes(StandardCharsets.ISO_8859_1);
			case 3 -> ("GET /%zz%" + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
			case 4 -> manyHeaders();
			default -> ("\u00ff\u00fe garbage " + randomText(40) + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		};
		this.sent++;
		try (Socket socket = new Socket("127.0.0.1", this.site.port())) {
			socket.setSoTimeout(3_000);
			OutputStream out = socket.getOutputStream();
			out.write(request);
			out.flush();
			String response = readAnswer(socket);
			if (response.isEmpty()) {
				this.problems.add("raw request got no answer within 3 s");
			}
			String statusLine = response.lines().findFirst().orElse("");
			if (statusLine.matches("HTTP/1\\.1 5\\d\\d.*")) {
				this.problems.add("raw request answered " + statusLine);
			}
			leaks("raw request", response);
		}
		catch (IOException reset) {
			// A connection reset without an answer reveals nothing and stores nothing.
		}
	}

	/** Reads what the server answers until it closes, or until it falls silent after answering. */
	private static String readAnswer(Socket socket) throws IOException {
		StringBuilder answer = new StringBuilder();
		byte[] buffer = new byte[8_192];
		InputStream in = socket.getInputStream();
		try {
			int read;
			while (answer.length() < 65_536 && (read = in.read(buffer)) > 0) {
				answer.append(new String(buffer, 0, read, StandardCharsets.ISO_8859_1));
				socket.setSoTimeout(150);
			}
		}
		catch (SocketTimeoutException silent) {
			// Answered, then kept the connection open (for example to drain a body that never comes).
		}
		return answer.toString();
	}

	private byte[] manyHeaders() {
		StringBuilder request = new StringBuilder("GET /fis HTTP/1.1\r\nHost: x\r\nConnection: close\r\n");
		for (int i = 0; i < 500; i++) {
			request.append("X-").append(i).append(": ").append(randomText(20)).append("\r\n");
		}
		return request.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
	}

	private void check(String what, HttpResponse<String> response) {
		this.sent++;
		if (response.statusCode() >= 500) {
			this.problems.add(what + " answered " + response.statusCode());
		}
		leaks(what, response.body());
	}

	private void leaks(String what, String body) {
		for (String leak : LEAKS) {
			if (body.contains(leak)) {
				this.problems.add(what + " leaked '" + leak + "'");
			}
		}
	}

	private int invitations() {
		return this.jdbc.queryForObject("select count(*) from fis_pairing", Integer.class);
	}

	private List<Map<String, Object>> rows() {
		List<Map<String, Object>> rows = new ArrayList<>(this.jdbc.queryForList("select * from fis_response order by id"));
		rows.addAll(this.jdbc.queryForList("select * from fis_path order by key_hash"));
		rows.addAll(this.jdbc.queryForList("select * from fis_path_session order by id"));
		return rows;
	}

	private static void append(StringBuilder body, String name, String value) {
		body.append(body.isEmpty() ? "" : "&").append(name).append('=').append(value);
	}

	private String pick(List<String> choices) {
		return choices.get(this.random.nextInt(choices.size()));
	}

	private String randomText(int length) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			text.appendCodePoint(this.random.nextInt(4) == 0 ? 0x80 + this.random.nextInt(0x2000) : 0x21 + this.random.nextInt(0x5e));
		}
		return text.toString();
	}

	private static String abbreviate(Object text) {
		String value = String.valueOf(text);
		return value.length() > 80 ? value.substring(0, 80) + "…" : value;
	}

}
