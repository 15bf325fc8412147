package org.closer.insights;

import java.util.ArrayList;
import java.util.List;

import org.closer.fis.Scoring;

/**
 * The geometry of the histogram, an inline SVG of the distribution's bins, with one bin highlighted
 * when a visitor's total is shown against it, and what its table says of each bin: the count when
 * figures are exact, else the share of the pool, rounded.
 *
 * @param bars one per bin, left to right
 * @param shares whether the bars' figures are shares of the pool in per cent rather than counts
 */
public record HistogramChart(List<Bar> bars, boolean shares) {

	private static final int WIDTH = 640;

	private static final int HEIGHT = 212;

	/** The height of the tallest bar. */
	private static final int PLOT_HEIGHT = 160;

	/** The baseline the bars stand on. */
	private static final int BASELINE = 176;

	private static final int MARGIN = 8;

	private static final int GAP = 4;

	/** The chart's view box. */
	public String viewBox() {
		return "0 0 " + WIDTH + " " + HEIGHT;
	}

	/** Where the axis under the bars runs. */
	public double axisY() {
		return BASELINE + 0.5;
	}

	/** Where the axis starts. */
	public int left() {
		return MARGIN;
	}

	/** Where the axis ends. */
	public int right() {
		return WIDTH - MARGIN;
	}

	/** The baseline of the totals under the axis. */
	public int tickY() {
		return HEIGHT - 8;
	}

	/**
	 * One bin drawn as a bar.
	 *
	 * @param bin the bin
	 * @param x where the bar starts
	 * @param width how wide it is
	 * @param height how tall it is
	 * @param highlighted whether it holds the visitor's total
	 * @param figure what the table says of the bin: its count, or its share of the pool in per cent
	 */
	public record Bar(Distribution.Bin bin, double x, double width, double height, boolean highlighted, long figure) {

		/** The top of the bar. */
		public double y() {
			return BASELINE - this.height;
		}

		/** Whether the total where its bin starts is written under it: every other bin's, from 35. */
		public boolean labelled() {
			return (this.bin.from() - Scoring.MIN_TOTAL) % (2 * Distribution.BIN_WIDTH) == 0;
		}

	}

	/** The chart of the bins, highlighting the one that holds the total, if any (0 for none). */
	static HistogramChart of(List<Distribution.Bin> bins, int highlightedTotal, Rounding rounding) {
		long tallest = bins.stream().mapToLong(Distribution.Bin::count).max().orElse(0);
		long pool = bins.stream().mapToLong(Distribution.Bin::count).sum();
		double slot = (WIDTH - 2.0 * MARGIN) / bins.size();
		List<Bar> bars = new ArrayList<>(bins.size());
		for (int i = 0; i < bins.size(); i++) {
			Distribution.Bin bin = bins.get(i);
			double height = (tallest == 0) ? 0 : round(PLOT_HEIGHT * rounding.height(bin.count(), tallest));
			long figure = rounding.exact() ? bin.count() : rounding.share(bin.count(), pool);
			bars.add(new Bar(bin, round(MARGIN + i * slot + GAP / 2.0), round(slot - GAP), height,
					bin.holds(highlightedTotal), figure));
		}
		return new HistogramChart(List.copyOf(bars), !rounding.exact());
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
