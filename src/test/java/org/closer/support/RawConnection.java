package org.closer.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One TCP connection to the site, written and read byte by byte as a slow or hostile client would:
 * part of a request now, more later, and what the server answers, if anything, and whether it closed.
 */
public final class RawConnection implements AutoCloseable {

	private final Socket socket;

	private final OutputStream out;

	private final InputStream in;

	private final long opened = System.nanoTime();

	private RawConnection(Socket socket) throws IOException {
		this.socket = socket;
		this.out = socket.getOutputStream();
		this.in = socket.getInputStream();
	}

	/** Connects to the port on loopback, from the given loopback address (127.0.0.1 to 127.255.255.254). */
	public static RawConnection open(int port, String from) {
		try {
			Socket socket = new Socket();
			socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
			socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
			return new RawConnection(socket);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Sends text as it is; false when the server has closed the connection. */
	public boolean send(String text) {
		return send(text.getBytes(StandardCharsets.ISO_8859_1));
	}

	/** Sends bytes as they are; false when the server has closed the connection. */
	public boolean send(byte[] bytes) {
		try {
			this.out.write(bytes);
			this.out.flush();
			return true;
		}
		catch (IOException closed) {
			return false;
		}
	}

	/** Whether the server has begun to answer, without waiting. */
	public boolean answered() {
		try {
			return this.in.available() > 0;
		}
		catch (IOException closed) {
			return true;
		}
	}

	/**
	 * What the server has answered within the wait, read until it closes the connection or falls
	 * silent; empty when it said nothing.
	 */
	public Answer answer(Duration wait) {
		StringBuilder answer = new StringBuilder();
		boolean closed = false;
		try {
			this.socket.setSoTimeout((int) wait.toMillis());
			byte[] buffer = new byte[8_192];
			int read;
			while ((read = this.in.read(buffer)) >= 0) {
				answer.append(new String(buffer, 0, read, StandardCharsets.ISO_8859_1));
				this.socket.setSoTimeout(300);
			}
			closed = true;
		}
		catch (SocketTimeoutException silent) {
			// Nothing more within the wait: the connection is still open.
		}
		catch (IOException reset) {
			closed = true;
		}
		return new Answer(answer.toString(), closed, Duration.ofNanos(System.nanoTime() - this.opened));
	}

	@Override
	public void close() {
		try {
			this.socket.close();
		}
		catch (IOException ex) {
			// Closing a connection the server has already closed.
		}
	}

	/**
	 * What a connection got.
	 *
	 * @param text the bytes of the answer, as ISO-8859-1 text
	 * @param closed whether the server closed the connection
	 * @param after how long after opening the connection the answer was complete
	 */
	public record Answer(String text, boolean closed, Duration after) {

		/** The status code of the answer's status line, or 0 without one. */
		public int status() {
			return this.text.startsWith("HTTP/1.1 ") ? Integer.parseInt(this.text.substring(9, 12)) : 0;
		}

	}

}
