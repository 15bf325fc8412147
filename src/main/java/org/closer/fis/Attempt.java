package org.closer.fis;

import java.time.LocalDate;
import java.util.List;

/**
 * One attempt of a history as the rest of the site reads it: its number, the day it was given, the
 * raw answers and their score under the current instrument and bands.
 *
 * @param number 1 for the first attempt under a key, 2 for the next, and so on
 * @param takenOn the day it was given
 * @param answers the 35 raw answers, item 1 first
 * @param score the answers scored
 */
public record Attempt(int number, LocalDate takenOn, List<Integer> answers, Score score) {

	public Attempt {
		answers = List.copyOf(answers);
	}

	/** The attempt's total, 35 to 175. */
	public int total() {
		return this.score.total();
	}

}
