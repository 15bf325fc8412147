package org.closer.fis;

/**
 * Sums over the pool from which its spread and consistency follow: how many first attempts, the sums
 * of their totals and of the totals squared, and of each item's raw answer and its square.
 *
 * @param count how many first attempts are summed
 * @param totals the sum of their totals
 * @param squaredTotals the sum of their totals squared
 * @param answers for each item, item 1 first, the sum of its raw answers
 * @param squaredAnswers for each item, the sum of its raw answers squared
 */
public record PoolSums(long count, double totals, double squaredTotals, double[] answers, double[] squaredAnswers) {

	public PoolSums {
		answers = answers.clone();
		squaredAnswers = squaredAnswers.clone();
	}

	@Override
	public double[] answers() {
		return this.answers.clone();
	}

	@Override
	public double[] squaredAnswers() {
		return this.squaredAnswers.clone();
	}

}
