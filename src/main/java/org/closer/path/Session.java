package org.closer.path;

/**
 * One session of the path as written under {@code content/path/}: its text in two parts, around what
 * the session adds for the visitor (the statements that weighed most, a talk for two, or the change).
 *
 * @param number 1 to 6
 * @param title the page's title and main heading
 * @param description what the session is about, in a sentence
 * @param before the text before what the session adds, as HTML
 * @param after the text after it, as HTML
 * @param topic for the four sessions on a type of intimacy, its name, such as {@code experiential};
 * otherwise null
 */
public record Session(int number, String title, String description, String before, String after, String topic) {

	/** Whether this is the first session, where the path starts. */
	public boolean first() {
		return this.number == Sessions.NUMBERS.get(0);
	}

	/** Whether this is the last session, which looks back. */
	public boolean last() {
		return this.number == Sessions.NUMBERS.get(Sessions.NUMBERS.size() - 1);
	}

}
