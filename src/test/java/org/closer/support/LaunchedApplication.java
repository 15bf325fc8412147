package org.closer.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged application started the way production starts it, {@code java -jar}, as a separate
 * process on a free port, for tests that need a real JVM of its own: a small heap, a kill -9, a restart.
 */
public final class LaunchedApplication implements AutoCloseable {

	private final Process process;

	private final int port;

	private final Path log;

	private LaunchedApplication(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/**
	 * Starts the jar with the given JVM options and application arguments ({@code --name=value}) and
	 * waits until its health endpoint answers.
	 */
	public static LaunchedApplication start(String name, List<String> jvmOptions, List<String> arguments) {
		return start(name, Path.of("target"), jvmOptions, arguments);
	}

	/**
	 * Starts the jar in the given working directory, where its default database ({@code ./data}) lives,
	 * and waits until its health endpoint answers.
	 */
	public static LaunchedApplication start(String name, Path workDirectory, List<String> jvmOptions,
			List<String> arguments) {
		try {
			Files.createDirectories(workDirectory);
			int port = freePort();
			Path log = Files.createDirectories(Path.of("target", "launched")).resolve(name + ".log");
			List<String> command = new ArrayList<>();
			command.add(ProcessHandle.current().info().command().orElse("java"));
			command.addAll(jvmOptions);
			command.add("-jar");
			command.add(jar().toAbsolutePath().toString());
			command.add("--server.port=" + port);
			command.addAll(arguments);
			Process process = new ProcessBuilder(command).directory(workDirectory.toFile())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
				.start();
			LaunchedApplication application = new LaunchedApplication(process, port, log);
			application.awaitHealthy(Duration.ofSeconds(90));
			return application;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The packaged jar under {@code target/}, built by {@code ./mvnw verify} before the integration tests. */
	public static Path jar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter((file) -> file.getFileName().toString().matches("closer-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No packaged jar in target/: run ./mvnw verify"));
		}
	}

	/** A client for the running application. */
	public SiteClient client() {
		return new SiteClient(this.port);
	}

	/** The operating system's process id. */
	public long pid() {
		return this.process.pid();
	}

	/** Whether the process is still running. */
	public boolean isAlive() {
		return this.process.isAlive();
	}

	/** The process's peak resident memory so far, in bytes, from {@code /proc}. */
	public long peakResidentBytes() throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid()), "status"))) {
			if (line.startsWith("VmHWM:")) {
				return 1024 * Long.parseLong(line.replaceAll("[^0-9]", ""));
			}
		}
		throw new IllegalStateException("No VmHWM for process " + pid());
	}

	/** Kills the process at once (SIGKILL), as a crash or power cut would, and waits for it to be gone. */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor();
	}

	/** Asks the process to stop (SIGTERM) and waits for its exit code. */
	public int stop(Duration patience) throws InterruptedException {
		askToStop();
		return awaitExit(patience);
	}

	/** Asks the process to stop (SIGTERM), as a deployment does, without waiting for it. */
	public void askToStop() {
		this.process.destroy();
	}

	/** Waits for the process to exit and gives its exit code; kills it when it outlasts the patience. */
	public int awaitExit(Duration patience) throws InterruptedException {
		if (!this.process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
			this.process.destroyForcibly();
			throw new IllegalStateException("The application did not stop within " + patience);
		}
		return this.process.exitValue();
	}

	/** The application's own log, for failure messages. */
	public String log() throws IOException {
		return Files.readString(this.log);
	}

	@Override
	public void close() {
		if (this.process.isAlive()) {
			this.process.destroyForcibly();
			try {
				this.process.waitFor();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private void awaitHealthy(Duration patience) {
		Instant deadline = Instant.now().plus(patience);
		SiteClient client = client();
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The application exited during start-up; see " + this.log);
			}
			try {
				HttpResponse<String> health = client.get("/actuator/health", "Accept", "application/json");
				if (health.statusCode() == 200) {
					return;
				}
			}
			catch (UncheckedIOException notYet) {
				// Not listening yet.
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		this.process.destroyForcibly();
		throw new IllegalStateException("The application was not healthy within " + patience + "; see " + this.log);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
