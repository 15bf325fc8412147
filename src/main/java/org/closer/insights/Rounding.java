package org.closer.insights;

/**
 * How published figures are shown: rounded, by default, so that one response more or less is not read
 * off them between two publications (the pool to the nearest ten, percentiles down and shares to steps
 * of five, the median to the nearest five, bar heights to twentieths, the spread and alpha to one and
 * two decimals); or exactly, for tests.
 *
 * @param exact whether figures are shown as counted
 */
record Rounding(boolean exact) {

	private static final int POOL_STEP = 10;

	private static final int PERCENT_STEP = 5;

	private static final int MEDIAN_STEP = 5;

	private static final int HEIGHT_STEPS = 20;

	/** The size of the pool as shown. */
	long pool(long pool) {
		return this.exact ? pool : Math.round((double) pool / POOL_STEP) * POOL_STEP;
	}

	/** A percentile as shown: rounded down, so that "higher than N %" never overstates. */
	int percentile(int percentile) {
		return this.exact ? percentile : percentile / PERCENT_STEP * PERCENT_STEP;
	}

	/** A share of the pool, in per cent, as shown. */
	long share(long count, long pool) {
		double percent = 100.0 * count / pool;
		return this.exact ? Math.round(percent) : Math.round(percent / PERCENT_STEP) * PERCENT_STEP;
	}

	/** The median as shown. */
	double median(double median) {
		return this.exact ? median : Math.round(median / MEDIAN_STEP) * MEDIAN_STEP;
	}

	/** A bar's height as a fraction of the tallest, as drawn. */
	double height(long count, long tallest) {
		double fraction = (double) count / tallest;
		return this.exact ? fraction : Math.round(fraction * HEIGHT_STEPS) / (double) HEIGHT_STEPS;
	}

	/** The decimals the spread is shown with. */
	int spreadDecimals() {
		return this.exact ? 2 : 1;
	}

	/** The decimals alpha is shown with. */
	int alphaDecimals() {
		return this.exact ? 3 : 2;
	}

}
