package org.closer.insights;

/**
 * A visitor's total beside the consenting pool, as the result page shows it; without figures when
 * the pool is still too small.
 *
 * @param enough whether the pool is large enough to show anything
 * @param minPool how large the pool must be
 * @param pool how many consenting responses there are
 * @param percentile the whole-number share of the pool strictly below the total
 * @param chart the histogram with the visitor's bin highlighted, or {@code null} when not enough
 */
public record Comparison(boolean enough, int minPool, long pool, int percentile, HistogramChart chart) {

	/** The comparison for a total against the current distribution. */
	static Comparison of(Distribution distribution, int total, int minPool) {
		if (distribution.pool() < minPool) {
			return new Comparison(false, minPool, distribution.pool(), 0, null);
		}
		return new Comparison(true, minPool, distribution.pool(), distribution.percentileBelow(total),
				HistogramChart.of(distribution.histogram(), total));
	}

}
