package org.closer.fis.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.closer.fis.FisResponse;

/**
 * The attempts under one private link, the first one first, and what the result page says about them:
 * the change from the previous attempt and whether the two are close together in time.
 *
 * @param attempts every attempt; never empty
 * @param chart the line of totals over the attempts
 */
public record History(List<Attempt> attempts, HistoryChart chart) {

	/** Fewer days than this between two attempts, and the page says that answers change slowly. */
	public static final int SETTLING_DAYS = 14;

	/**
	 * One attempt.
	 *
	 * @param number 1 for the first attempt, and so on
	 * @param takenOn the day it was given
	 * @param total its total, 35 to 175
	 */
	public record Attempt(int number, LocalDate takenOn, int total) {
	}

	public History {
		attempts = List.copyOf(attempts);
	}

	/** How many attempts there are. */
	public int count() {
		return this.attempts.size();
	}

	/** Whether there is a previous attempt to compare the latest one with. */
	public boolean hasChange() {
		return count() >= 2;
	}

	/** The latest total minus the previous one; only when there is a previous one. */
	public int change() {
		if (!hasChange()) {
			throw new IllegalStateException("A single attempt has no change");
		}
		return latest().total() - this.attempts.get(count() - 2).total();
	}

	/** Whether the latest attempt came less than {@link #SETTLING_DAYS} after the previous one. */
	public boolean closeTogether() {
		return hasChange() && isRecent(this.attempts.get(count() - 2).takenOn(), latest().takenOn());
	}

	/** The latest attempt. */
	public Attempt latest() {
		return this.attempts.get(count() - 1);
	}

	/** Whether a day lies less than {@link #SETTLING_DAYS} before another. */
	static boolean isRecent(LocalDate earlier, LocalDate later) {
		return ChronoUnit.DAYS.between(earlier, later) < SETTLING_DAYS;
	}

	static History of(List<FisResponse> responses) {
		List<Attempt> attempts = responses.stream()
			.map((response) -> new Attempt(response.attempt(), response.submittedOn(), response.total()))
			.toList();
		return new History(attempts, HistoryChart.of(attempts));
	}

}
