package org.closer.fis;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * How the 35 raw answers are kept in one column: a digit from 1 to 5 each, item 1 first. The one place
 * that knows it, for the entity, the queries that sum items and the reading of shared responses.
 */
final class AnswerDigits {

	private AnswerDigits() {
	}

	/** The answers as the column holds them. */
	static String encode(List<Integer> answers) {
		StringBuilder digits = new StringBuilder(answers.size());
		answers.forEach(digits::append);
		return digits.toString();
	}

	/** The answers from the column, item 1 first. */
	static List<Integer> decode(String digits) {
		return digits.chars().mapToObj((digit) -> digit - '0').toList();
	}

	/** SQL columns {@code a1} to {@code a35}, each an item's answer as a number, from the given column. */
	static String itemColumns(String column) {
		return IntStream.rangeClosed(1, Instrument.ITEM_COUNT)
			.mapToObj((item) -> "cast(substring(%s, %d, 1) as integer) as a%d".formatted(column, item, item))
			.collect(Collectors.joining(", "));
	}

}
