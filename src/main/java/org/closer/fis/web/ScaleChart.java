package org.closer.fis.web;

import java.util.ArrayList;
import java.util.List;

import org.closer.fis.Band;
import org.closer.fis.FisProperties;
import org.closer.fis.Scoring;

/**
 * The geometry of the result chart, an inline SVG of the scale from 35 to 175 with its four bands and
 * the visitor's mark, computed here so the template only places what it is given.
 *
 * @param segments one per band, left to right
 * @param ticks the totals where a band starts, and both ends
 * @param markX the x position of the visitor's total
 */
public record ScaleChart(List<Segment> segments, List<Tick> ticks, double markX) {

	/** The width of the chart's view box; the scale runs between the margins. */
	public static final int WIDTH = 640;

	private static final int MARGIN = 24;

	/** Where the "you" label above the mark is centred, kept clear of the chart's edges. */
	public double labelX() {
		return Math.max(2.5 * MARGIN, Math.min(WIDTH - 2.5 * MARGIN, this.markX));
	}

	/**
	 * A band drawn as a bar.
	 *
	 * @param band the band
	 * @param from its lowest total
	 * @param to its highest total
	 * @param x where its bar starts
	 * @param width how wide its bar is
	 */
	public record Segment(Band band, int from, int to, double x, double width) {

		/** The middle of the bar, where its label goes. */
		public double middle() {
			return this.x + this.width / 2;
		}

	}

	/**
	 * A labelled total on the axis.
	 *
	 * @param total the total
	 * @param x where it sits
	 */
	public record Tick(int total, double x) {
	}

	/** The chart for a total, with bands starting at the configured totals. */
	public static ScaleChart of(int total, FisProperties.Bands bands) {
		int[] starts = { Scoring.MIN_TOTAL, bands.some(), bands.high(), bands.veryHigh(), Scoring.MAX_TOTAL + 1 };
		Band[] order = Band.values();
		List<Segment> segments = new ArrayList<>();
		for (int i = 0; i < order.length; i++) {
			double x = position(starts[i]);
			double end = (i == order.length - 1) ? position(Scoring.MAX_TOTAL) : position(starts[i + 1]);
			segments.add(new Segment(order[i], starts[i], starts[i + 1] - 1, x, end - x));
		}
		List<Tick> ticks = List.of(new Tick(Scoring.MIN_TOTAL, position(Scoring.MIN_TOTAL)),
				new Tick(bands.some(), position(bands.some())), new Tick(bands.high(), position(bands.high())),
				new Tick(bands.veryHigh(), position(bands.veryHigh())),
				new Tick(Scoring.MAX_TOTAL, position(Scoring.MAX_TOTAL)));
		return new ScaleChart(List.copyOf(segments), ticks, position(total));
	}

	private static double position(int total) {
		double share = (double) (total - Scoring.MIN_TOTAL) / (Scoring.MAX_TOTAL - Scoring.MIN_TOTAL);
		return Math.round((MARGIN + share * (WIDTH - 2 * MARGIN)) * 10) / 10.0;
	}

}
