package org.closer.fis.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.closer.fis.StoredHistory;

/**
 * The attempts under one private link that the result page shows (the first and the latest ones), how
 * many there are in all, and what the page says about them: the change from the previous attempt and
 * whether the two are close together in time.
 *
 * @param attempts the attempts shown, the first one first; never empty
 * @param count how many attempts the link holds
 * @param chart the line of totals over the attempts shown
 */
public record History(List<Attempt> attempts, int count, HistoryChart chart) {

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

	/** Whether there is a previous attempt to compare the latest one with. */
	public boolean hasChange() {
		return this.attempts.size() >= 2;
	}

	/** Whether some attempts between the first and the latest ones are left out. */
	public boolean hasGap() {
		return this.count > this.attempts.size();
	}

	/** The latest total minus the previous one; only when there is a previous one. */
	public int change() {
		if (!hasChange()) {
			throw new IllegalStateException("A single attempt has no change");
		}
		return latest().total() - previous().total();
	}

	/** Whether the latest attempt came less than {@link #SETTLING_DAYS} after the previous one. */
	public boolean closeTogether() {
		return hasChange() && isRecent(previous().takenOn(), latest().takenOn());
	}

	/** The latest attempt. */
	public Attempt latest() {
		return this.attempts.get(this.attempts.size() - 1);
	}

	/** The attempt before the latest one; only when there is one. */
	public Attempt previous() {
		return this.attempts.get(this.attempts.size() - 2);
	}

	/** Whether a day lies less than {@link #SETTLING_DAYS} before another. */
	static boolean isRecent(LocalDate earlier, LocalDate later) {
		return ChronoUnit.DAYS.between(earlier, later) < SETTLING_DAYS;
	}

	static History of(StoredHistory stored) {
		List<Attempt> attempts = stored.shown()
			.stream()
			.map((attempt) -> new Attempt(attempt.number(), attempt.takenOn(), attempt.total()))
			.toList();
		return new History(attempts, stored.count(), HistoryChart.of(attempts));
	}

}
