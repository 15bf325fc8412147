package org.closer.insights;

import org.closer.fis.PoolSums;

/**
 * How widely the totals of the pool spread and how consistently its 35 items measure one thing: the
 * two figures a reliable change is read against. Pure arithmetic, no Spring.
 *
 * @param pool how many first attempts the figures come from
 * @param standardDeviation the sample standard deviation of their totals
 * @param alpha Cronbach's alpha over their 35 keyed item scores
 */
public record Reliability(long pool, double standardDeviation, double alpha) {

	/**
	 * The figures from sums over the pool: of the totals and their squares, and of each item's answer
	 * and its square. An item counted the other way round has the same variance either way, so raw
	 * answers serve as well as keyed scores.
	 */
	static Reliability of(PoolSums sums) {
		long pool = sums.count();
		double[] answers = sums.answers();
		double[] squaredAnswers = sums.squaredAnswers();
		if (pool < 2) {
			return new Reliability(pool, 0, Double.NaN);
		}
		double totalVariance = variance(pool, sums.totals(), sums.squaredTotals());
		double itemVariances = 0;
		for (int i = 0; i < answers.length; i++) {
			itemVariances += variance(pool, answers[i], squaredAnswers[i]);
		}
		int items = answers.length;
		double alpha = (totalVariance > 0) ? items / (items - 1.0) * (1 - itemVariances / totalVariance) : Double.NaN;
		return new Reliability(pool, Math.sqrt(totalVariance), alpha);
	}

	private static double variance(long n, double sum, double squares) {
		return Math.max(0, (squares - sum * sum / n) / (n - 1));
	}

	/** Whether a change can be read against these figures at all: two or more, a spread above zero and an alpha below one. */
	public boolean readable() {
		return this.pool >= 2 && this.standardDeviation > 0 && this.alpha < 1;
	}

}
