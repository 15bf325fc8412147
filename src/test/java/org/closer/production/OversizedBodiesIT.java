package org.closer.production;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.closer.support.LaunchedApplication;
import org.closer.support.RawConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged application in a 128 MB heap, sent a 50 MB body by every method and in every encoding:
 * each is refused at the 8 KB cap, quickly, without being read, the connection is closed, and the site
 * goes on serving with nothing run out of memory.
 */
class OversizedBodiesIT {

	private static final int FIFTY_MB = 50 * 1024 * 1024;

	private static final byte[] PIECE = new byte[64 * 1024];

	@TempDir
	private Path work;

	@Test
	void shouldRefuseAFiftyMegabyteBodyOfEveryMethodAndEncodingAtTheCap() throws Exception {
		Arrays.fill(PIECE, (byte) 'a');
		String form = "Content-Type: application/x-www-form-urlencoded\r\n";
		// Each head with the answer it gets: 413 once a length or a body passes the cap, 400 for what no form sends.
		Map<String, Integer> heads = new LinkedHashMap<>();
		heads.put("PUT /fis/questions HTTP/1.1\r\n" + form + "Content-Length: " + FIFTY_MB, 413);
		heads.put("PATCH /fis/questions HTTP/1.1\r\n" + form + "Content-Length: " + FIFTY_MB, 413);
		heads.put("DELETE /fis/questions HTTP/1.1\r\n" + form + "Content-Length: " + FIFTY_MB, 413);
		heads.put("POST /fis/questions HTTP/1.1\r\n" + form + "Content-Length: " + FIFTY_MB, 413);
		heads.put("PUT /fis/questions HTTP/1.1\r\n" + form + "Transfer-Encoding: chunked", 400);
		heads.put("POST /fis/questions HTTP/1.1\r\n" + form + "Transfer-Encoding: chunked", 413);
		heads.put("POST /fis/questions HTTP/1.1\r\nContent-Type: multipart/form-data; boundary=x\r\n"
				+ "Transfer-Encoding: chunked", 400);
		try (LaunchedApplication app = LaunchedApplication.start("oversized", this.work, List.of("-Xmx128m"),
				List.of("--closer.rate-limit.per-minute=0"))) {
			for (Map.Entry<String, Integer> expected : heads.entrySet()) {
				String head = expected.getKey();
				long started = System.nanoTime();
				try (RawConnection connection = RawConnection.open(app.client().port(), "127.0.0.1")) {
					connection.send(head + "\r\nHost: x\r\n\r\n");
					long sent = 0;
					boolean chunked = head.contains("chunked");
					while (sent < FIFTY_MB && !connection.answered() && connection.send(chunked ? chunk() : PIECE)) {
						sent += PIECE.length;
					}
					RawConnection.Answer answer = connection.answer(Duration.ofSeconds(5));
					String what = head.lines().findFirst().orElseThrow() + (chunked ? " chunked" : "");
					assertThat(answer.status()).as(what).isEqualTo(expected.getValue());
					assertThat(sent).as("%s: bytes the server took before closing", what).isLessThan(FIFTY_MB / 2);
					assertThat(Duration.ofNanos(System.nanoTime() - started)).as(what).isLessThan(Duration.ofSeconds(5));
				}
				assertThat(app.client().get("/").statusCode()).as("still serving after %s", head).isEqualTo(200);
			}
			assertThat(app.log()).doesNotContain("OutOfMemoryError");
		}
	}

	private static byte[] chunk() {
		byte[] framed = new byte[PIECE.length + 10];
		byte[] size = (Integer.toHexString(PIECE.length) + "\r\n").getBytes();
		System.arraycopy(size, 0, framed, 0, size.length);
		System.arraycopy(PIECE, 0, framed, size.length, PIECE.length);
		framed[size.length + PIECE.length] = '\r';
		framed[size.length + PIECE.length + 1] = '\n';
		return Arrays.copyOf(framed, size.length + PIECE.length + 2);
	}

}
