package org.closer.research;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.closer.web.PlainAnswers;
import org.closer.web.TooManyRequests;

import org.springframework.http.HttpStatus;
import org.springframework.scheduling.TaskScheduler;

/**
 * Answers a login attempt refused unchecked with a 429, the seconds to wait and a line that says why,
 * but only after {@link #PAUSE}, holding no thread meanwhile (Spring's task scheduler, on the
 * application's clock, answers it): a guesser's connections wait instead of asking again at once, so a
 * flood of guesses costs the site next to nothing.
 */
final class SlowRefusals {

	/** How long a refused attempt waits for its answer. */
	static final Duration PAUSE = Duration.ofSeconds(1);

	private final TaskScheduler answers;

	SlowRefusals(TaskScheduler answers) {
		this.answers = answers;
	}

	/** Refuses the request, telling it to wait the given time before it tries again. */
	void refuse(HttpServletRequest request, Duration wait) {
		AsyncContext held = request.startAsync();
		this.answers.schedule(() -> {
			try {
				answer((HttpServletRequest) held.getRequest(), (HttpServletResponse) held.getResponse(), wait);
			}
			catch (IOException gone) {
				// The client left while it was held; there is no one to answer.
			}
			finally {
				held.complete();
			}
		}, this.answers.getClock().instant().plus(PAUSE));
	}

	private static void answer(HttpServletRequest request, HttpServletResponse response, Duration wait)
			throws IOException {
		long seconds = TooManyRequests.retryAfter(response, wait);
		PlainAnswers.send(request, response, HttpStatus.TOO_MANY_REQUESTS.value(),
				"Too many login attempts. Please try again in " + seconds + " seconds.");
	}

}
