package org.closer.insights;

import java.time.LocalDate;

/**
 * A visitor's total beside the pool of consenting first attempts, as the result page shows it, from
 * the published figures; without figures while the pool is still too small.
 *
 * @param enough whether the pool is large enough to show anything
 * @param minPool how large the pool must be
 * @param total the visitor's total
 * @param pool how many first attempts the pool holds, as the rounding shows it
 * @param percentile the share of the pool strictly below the total, as the rounding shows it
 * @param chart the histogram with the visitor's bin highlighted, or {@code null} when not enough
 * @param publishedOn the day the figures were published
 * @param exact whether the figures are shown as counted rather than rounded
 * @param live whether the figures were counted for this request rather than published
 */
public record Comparison(boolean enough, int minPool, int total, long pool, int percentile, HistogramChart chart,
		LocalDate publishedOn, boolean exact, boolean live) {

	/** The comparison for a total against the published figures. */
	static Comparison of(PoolFigures figures, int total, InsightsProperties properties) {
		Distribution distribution = figures.distribution();
		Rounding rounding = new Rounding(properties.exact());
		if (!figures.enough()) {
			return new Comparison(false, figures.minPool(), total, 0, 0, null, figures.publishedOn(), rounding.exact(),
					properties.live());
		}
		return new Comparison(true, figures.minPool(), total, rounding.pool(distribution.pool()),
				rounding.percentile(distribution.percentileBelow(total)),
				HistogramChart.of(distribution.histogram(), total, rounding), figures.publishedOn(), rounding.exact(),
				properties.live());
	}

}
