package org.closer.path;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where one link stands on the path: the attempt it started from and the sessions marked done.
 *
 * @param startedFrom the number of the attempt the path started from, or 0 before it starts
 * @param done the sessions marked done, by number
 */
public record Progress(int startedFrom, Map<Integer, Done> done) {

	/** No session done, the path not started. */
	static final Progress NOT_STARTED = new Progress(0, Map.of());

	/**
	 * A session marked done.
	 *
	 * @param session its number, 1 to 6
	 * @param on the day it was marked done
	 * @param closeness the check-in, 1 to 5, or null without one
	 */
	public record Done(int session, LocalDate on, Integer closeness) {
	}

	public Progress {
		done = Map.copyOf(done);
	}

	public boolean started() {
		return this.startedFrom > 0;
	}

	/** The session marked done, if it is. */
	public Optional<Done> done(int session) {
		return Optional.ofNullable(this.done.get(session));
	}

	/** The first session not done, or empty when all are. */
	public Optional<Integer> next() {
		return Sessions.NUMBERS.stream().filter((session) -> !this.done.containsKey(session)).findFirst();
	}

	/** {@code done}, {@code next} or {@code later}: what the path page says of a session. */
	public String state(int session) {
		if (this.done.containsKey(session)) {
			return "done";
		}
		return next().filter((next) -> next == session).isPresent() ? "next" : "later";
	}

	/** The check-ins given, in the order of their sessions. */
	public List<Done> checkIns() {
		return this.done.values()
			.stream()
			.filter((done) -> done.closeness() != null)
			.sorted((a, b) -> Integer.compare(a.session(), b.session()))
			.toList();
	}

}
