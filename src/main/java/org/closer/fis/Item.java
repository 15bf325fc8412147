package org.closer.fis;

/**
 * One statement of the instrument.
 *
 * @param number its position, 1 to 35, which is also its form field ({@code q7})
 * @param text the statement as displayed
 * @param reverse whether agreeing means less fear, so that its score is 6 minus the answer
 * @param topic the article that speaks to it
 */
public record Item(int number, String text, boolean reverse, Topic topic) {

	/** The item's score for an answer from 1 to 5, after keying. */
	public int score(int answer) {
		return this.reverse ? 6 - answer : answer;
	}

	/** The name of the item's form field and the prefix of its element ids, such as {@code q7}. */
	public String field() {
		return "q" + this.number;
	}

}
