package org.closer.insights;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.closer.fis.Band;
import org.closer.fis.Scoring;
import org.closer.fis.TotalCount;

/**
 * The totals of the pool of consenting first attempts, counted per total, and what follows from them:
 * the pool size, percentiles, the median, the share in each band and a histogram. Pure arithmetic.
 */
public final class Distribution {

	/** The width of a histogram bin, in points; the last bin also holds the top total. */
	static final int BIN_WIDTH = 10;

	private static final int TOTALS = Scoring.MAX_TOTAL - Scoring.MIN_TOTAL + 1;

	private final long[] counts = new long[TOTALS];

	private final long pool;

	Distribution(List<TotalCount> totals) {
		long sum = 0;
		for (TotalCount count : totals) {
			if (count.total() < Scoring.MIN_TOTAL || count.total() > Scoring.MAX_TOTAL || count.responses() < 0) {
				throw new IllegalArgumentException("Not a possible total and count: " + count);
			}
			this.counts[count.total() - Scoring.MIN_TOTAL] += count.responses();
			sum += count.responses();
		}
		this.pool = sum;
	}

	/** How many responses the distribution holds. */
	public long pool() {
		return this.pool;
	}

	/**
	 * The whole-number share, 0 to 100, of the pool whose total is strictly below the given one,
	 * rounded down so that "higher than N%" is never an overstatement.
	 */
	public int percentileBelow(int total) {
		if (this.pool == 0) {
			throw new IllegalStateException("An empty pool has no percentiles");
		}
		long below = 0;
		for (int t = Scoring.MIN_TOTAL; t < total && t <= Scoring.MAX_TOTAL; t++) {
			below += this.counts[t - Scoring.MIN_TOTAL];
		}
		return (int) (100 * below / this.pool);
	}

	/** The median total: the middle one, or the mean of the middle two for an even pool. */
	public double median() {
		if (this.pool == 0) {
			throw new IllegalStateException("An empty pool has no median");
		}
		long lowerRank = (this.pool - 1) / 2;
		long upperRank = this.pool / 2;
		return (totalAtRank(lowerRank) + totalAtRank(upperRank)) / 2.0;
	}

	private int totalAtRank(long rank) {
		long seen = 0;
		for (int i = 0; i < TOTALS; i++) {
			seen += this.counts[i];
			if (seen > rank) {
				return Scoring.MIN_TOTAL + i;
			}
		}
		throw new IllegalStateException("Rank " + rank + " is beyond the pool");
	}

	/** How many responses fall in each band, by the configured band edges. */
	public Map<Band, Long> countsByBand(Scoring scoring) {
		Map<Band, Long> byBand = new EnumMap<>(Band.class);
		for (Band band : Band.values()) {
			byBand.put(band, 0L);
		}
		for (int i = 0; i < TOTALS; i++) {
			byBand.merge(scoring.bandOf(Scoring.MIN_TOTAL + i), this.counts[i], Long::sum);
		}
		return byBand;
	}

	/** The histogram in bins of ten points from 35: 35 to 44, 45 to 54, up to 165 to 175. */
	public List<Bin> histogram() {
		List<Bin> bins = new ArrayList<>();
		for (int from = Scoring.MIN_TOTAL; from + BIN_WIDTH <= Scoring.MAX_TOTAL; from += BIN_WIDTH) {
			int to = (from + 2 * BIN_WIDTH > Scoring.MAX_TOTAL) ? Scoring.MAX_TOTAL : from + BIN_WIDTH - 1;
			long count = 0;
			for (int t = from; t <= to; t++) {
				count += this.counts[t - Scoring.MIN_TOTAL];
			}
			bins.add(new Bin(from, to, count));
		}
		return bins;
	}

	/**
	 * One bar of the histogram.
	 *
	 * @param from its lowest total
	 * @param to its highest total
	 * @param count how many responses fall in it
	 */
	public record Bin(int from, int to, long count) {

		/** Whether a total falls in this bin. */
		public boolean holds(int total) {
			return this.from <= total && total <= this.to;
		}

	}

}
