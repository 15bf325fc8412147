package org.closer.path;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.closer.learn.Article;
import org.closer.learn.ArticleLibrary;

/**
 * The six sessions, read once at start-up from {@code content/path/1.md} to {@code 6.md}: a session's
 * text has two parts, split by a line of {@code ***}, and the four in the middle each take a type of
 * intimacy, from the easiest to talk about to the hardest.
 */
final class Sessions {

	/** The numbers of the sessions, in order. */
	static final List<Integer> NUMBERS = IntStream.rangeClosed(1, 6).boxed().toList();

	/** The type of intimacy each middle session takes, the easiest to talk about first. */
	private static final Map<Integer, String> TOPICS = Map.of(2, "experiential", 3, "intellectual", 4, "emotional", 5,
			"sexual");

	private static final String SPLIT = "<hr />";

	private final List<Session> sessions;

	private Sessions(List<Session> sessions) {
		this.sessions = List.copyOf(sessions);
	}

	/** Reads the sessions, failing the start-up when one is missing or not in two parts. */
	static Sessions read(ArticleLibrary library) {
		return new Sessions(NUMBERS.stream().map((number) -> {
			Article article = library.find("/path/" + number)
				.orElseThrow(() -> new IllegalStateException("content/path/" + number + ".md is missing"));
			String[] parts = article.html().split(SPLIT + "\n?", -1);
			if (parts.length != 2) {
				throw new IllegalStateException(
						"content/path/" + number + ".md needs exactly one line of *** between its two parts");
			}
			return new Session(number, article.title(), article.description(), parts[0], parts[1], TOPICS.get(number));
		}).toList());
	}

	/** Every session, in order. */
	List<Session> all() {
		return this.sessions;
	}

	/** The session a part of an address names, such as {@code 3}; empty for anything but 1 to 6. */
	Optional<Session> find(String number) {
		return this.sessions.stream().filter((session) -> String.valueOf(session.number()).equals(number)).findFirst();
	}

	/** The session with the given number, which must be one. */
	Session get(int number) {
		return this.sessions.get(number - 1);
	}

}
