package org.closer.web.body;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.closer.web.PlainAnswers;

import org.springframework.http.HttpHeaders;

/**
 * Reads one form's body as it arrives, holding no thread while it waits: whole within the deadline,
 * the request goes on with it; too large, or too late, its sender gets a short answer and the
 * connection is closed. Whichever happens first settles it.
 */
final class BodyReading implements ReadListener, AsyncListener {

	/** The request attribute that carries the whole body into the dispatch that goes on with it. */
	static final String BODY = BodyReading.class.getName() + ".body";

	private final AsyncContext async;

	private final ServletInputStream in;

	private final int maxBytes;

	private final BodyAnswers answers;

	private final ByteArrayOutputStream body = new ByteArrayOutputStream(1024);

	private final byte[] buffer = new byte[1024];

	private final AtomicBoolean settled = new AtomicBoolean();

	private BodyReading(AsyncContext async, ServletInputStream in, int maxBytes, BodyAnswers answers) {
		this.async = async;
		this.in = in;
		this.maxBytes = maxBytes;
		this.answers = answers;
	}

	/**
	 * Starts reading the request's body without a thread; the request goes on once it is whole. False,
	 * having started nothing, where the Servlet API offers no reading without a thread (a mock of it, as
	 * in MockMvc).
	 */
	static boolean start(HttpServletRequest request, RequestProperties properties, BodyAnswers answers)
			throws IOException {
		AsyncContext async = request.startAsync();
		async.setTimeout(properties.bodyDeadline().toMillis());
		BodyReading reading = new BodyReading(async, request.getInputStream(), (int) properties.maxBody().toBytes(),
				answers);
		try {
			reading.in.setReadListener(reading);
		}
		catch (UnsupportedOperationException notOffered) {
			async.complete();
			return false;
		}
		async.addListener(reading);
		return true;
	}

	@Override
	public void onDataAvailable() throws IOException {
		while (this.in.isReady() && !this.in.isFinished()) {
			int read = this.in.read(this.buffer);
			if (read < 0) {
				return;
			}
			this.body.write(this.buffer, 0, read);
			if (this.body.size() > this.maxBytes) {
				refuse(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
				return;
			}
		}
	}

	@Override
	public void onAllDataRead() {
		if (this.settled.compareAndSet(false, true)) {
			this.async.getRequest().setAttribute(BODY, this.body.toByteArray());
			this.async.dispatch();
		}
	}

	@Override
	public void onTimeout(AsyncEvent event) throws IOException {
		refuse(HttpServletResponse.SC_REQUEST_TIMEOUT);
	}

	@Override
	public void onError(Throwable failure) {
		if (this.settled.compareAndSet(false, true)) {
			this.async.complete();
		}
	}

	@Override
	public void onError(AsyncEvent event) {
		onError(event.getThrowable());
	}

	@Override
	public void onComplete(AsyncEvent event) {
		// Nothing is kept once the request has been answered.
	}

	@Override
	public void onStartAsync(AsyncEvent event) {
		// The request goes on in a dispatch of its own, which starts nothing asynchronous.
	}

	/** Answers with the status and closes the connection, without reading what is left of the body. */
	private void refuse(int status) throws IOException {
		if (this.settled.compareAndSet(false, true)) {
			HttpServletResponse response = (HttpServletResponse) this.async.getResponse();
			response.setHeader(HttpHeaders.CONNECTION, "close");
			PlainAnswers.send((HttpServletRequest) this.async.getRequest(), response, status,
					this.answers.sentence(status));
			this.async.complete();
		}
	}

}
