package org.closer.production;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.closer.fis.ResultKey;
import org.closer.support.Answers;
import org.closer.support.FormSession;
import org.closer.support.LaunchedApplication;
import org.closer.support.SiteClient;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged application, in a JVM of its own so that no earlier request has used up a message that
 * is logged once: a private link and an invitation are sent every way that gets logged (an address
 * Tomcat cannot parse, a form field it cannot decode, a path nobody serves, a method nobody takes,
 * retakes at the same instant), and then neither the key, the token nor their hashes are in its log.
 */
class NoKeyInTheLogIT {

	@TempDir
	private Path work;

	@Test
	void shouldLogNoKeyTokenOrHashWhateverIsSentWithThem() throws Exception {
		String key;
		String token;
		String log;
		try (LaunchedApplication app = LaunchedApplication.start("no-key-in-the-log", this.work, List.of("-Xmx256m"),
				List.of("--closer.rate-limit.per-minute=0"))) {
			SiteClient site = app.client();
			FormSession form = FormSession.open(site);
			String result = form.submit(site, Answers.all(3), false).headers().firstValue("Location").orElseThrow();
			key = result.substring(result.lastIndexOf('/') + 1);
			String invited = Jsoup.parse(form.post(site, result + "/partner", "").body()).selectFirst("a#invite-link")
				.attr("href");
			token = invited.substring(invited.lastIndexOf('/') + 1);

			for (String target : List.of("/fis/results/" + key + "/{x}", "/fis/results/" + key + "/%zz",
					"/fis/results/" + key + "/a|b", "/together/" + token + "/{x}", "/fis/results/" + key + "?x=%7",
					"/fis/results/" + key + "/\u0000")) {
				raw(app, "GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
			}
			raw(app, "GET / HTTP/1.1\r\nHost: localhost\r\nX-Link: /fis/results/" + key + "\u0001\r\nConnection: close\r\n\r\n");
			form.post(site, result + "/again", "q1=%zz" + key + "&q2=%E0%A4" + token);
			form.post(site, "/together/" + token + "/questions", "q1=%" + key);
			site.get(result + "/nowhere");
			site.get("/together/" + token + "/nowhere");
			site.send(site.request(result).method("PATCH", HttpRequest.BodyPublishers.ofString("x")).build());
			form.post(site, result, "");
			form.post(site, result + "/compare/renew", "");
			retakesAtOnce(site, form, result);
			log = app.log();
		}

		String tokenHash = ResultKey.parse(token).orElseThrow().hash();
		String keyHash = ResultKey.parse(key).orElseThrow().hash();
		assertThat(log).as("the requests were made").isNotEmpty();
		for (String secret : List.of(key, token, keyHash, tokenHash, keyHash.toUpperCase(), tokenHash.toUpperCase())) {
			assertThat(log).as("the log holds no key, token or hash").doesNotContain(secret);
		}
	}

	private static void retakesAtOnce(SiteClient site, FormSession form, String result) {
		CountDownLatch go = new CountDownLatch(1);
		List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			sent.add(CompletableFuture.supplyAsync(() -> {
				await(go);
				return form.post(site, result + "/again", Answers.formBody(Answers.all(2)));
			}));
		}
		go.countDown();
		assertThat(sent.stream().map((response) -> response.join().statusCode()).toList()).containsOnly(303);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void raw(LaunchedApplication app, String request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", app.client().port())) {
			socket.setSoTimeout((int) Duration.ofSeconds(3).toMillis());
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			assertThat(in.read()).as("an answer to %s", request.lines().findFirst().orElse("")).isNotNegative();
		}
		catch (SocketTimeoutException silent) {
			throw new AssertionError("No answer to " + request, silent);
		}
	}

}
