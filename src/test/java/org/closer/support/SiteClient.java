package org.closer.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;

/** A plain HTTP client for a site running on a real port, the way a browser would talk to it (no redirects followed). */
public final class SiteClient {

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final int port;

	private final String base;

	public SiteClient(int port) {
		this.port = port;
		this.base = "http://localhost:" + port;
	}

	/** The port the site listens on, for tests that write raw bytes to it. */
	public int port() {
		return this.port;
	}

	/** The site's address, such as {@code http://localhost:8080}. */
	public String base() {
		return this.base;
	}

	/** GETs a path as a browser asking for HTML. */
	public HttpResponse<String> get(String path) {
		return send(request(path).header("Accept", "text/html").GET().build());
	}

	/** GETs a path with the given extra headers, as name-value pairs. */
	public HttpResponse<String> get(String path, String... headers) {
		return send(request(path).headers(headers).GET().build());
	}

	/** GETs a path and returns the raw bytes, for measuring what goes over the wire. */
	public HttpResponse<byte[]> getBytes(String path, String... headers) {
		HttpRequest.Builder builder = request(path).GET();
		if (headers.length > 0) {
			builder.headers(headers);
		}
		return sendBytes(builder.build());
	}

	/** Sends any request built on {@link #request(String)}. */
	public HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A request builder for a path of the site. */
	public HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(this.base + path)).timeout(Duration.ofSeconds(20));
	}

	/** Gives a test of the running site its client, once the server has its port. */
	@TestConfiguration(proxyBeanMethods = false)
	static class ForRunningSite {

		@Bean
		@Lazy
		SiteClient siteClient(Environment environment) {
			return new SiteClient(environment.getRequiredProperty("local.server.port", Integer.class));
		}

	}

	private HttpResponse<byte[]> sendBytes(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
