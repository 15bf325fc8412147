package org.closer.fis;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of the scale from 35 to 175 drawn as an inline SVG: its four bands, the totals where
 * they start, and a mark at a total, computed here so that a template only places what it is given.
 * The drawing leaves room for text large enough to read on a phone, where the drawing is shrunk.
 *
 * @param segments one per band, left to right
 * @param ticks the totals where a band starts, and both ends
 * @param markX the x position of the marked total
 */
public record ScaleChart(List<Segment> segments, List<Tick> ticks, double markX) {

	/** The width of the drawing; the scale runs between the margins. */
	public static final int WIDTH = 640;

	/** The height of the drawing. */
	public static final int HEIGHT = 156;

	private static final int MARGIN = 24;

	/** How far a label above the mark stays from the drawing's edges: half its width at the largest text. */
	private static final int LABEL_CLEARANCE = 64;

	/** The drawing's view box. */
	public String viewBox() {
		return "0 0 " + WIDTH + " " + HEIGHT;
	}

	/** Where the bars of the bands start, from the top. */
	public int bandY() {
		return 52;
	}

	/** How tall the bars of the bands are. */
	public int bandHeight() {
		return 24;
	}

	/** The baseline of the band names, under the bars. */
	public int labelY() {
		return 114;
	}

	/** The baseline of the totals where the bands start. */
	public int tickY() {
		return 146;
	}

	/** Where the mark's line starts, above the bars. */
	public int markTop() {
		return 36;
	}

	/** Where the mark's line ends, below the bars. */
	public int markBottom() {
		return 84;
	}

	/** The centre of the mark's dot, on the bars. */
	public int dotY() {
		return bandY() + bandHeight() / 2;
	}

	/** The baseline of the label above the mark. */
	public int markLabelY() {
		return 28;
	}

	/** Where the label above the mark is centred, kept clear of the drawing's edges. */
	public double labelX() {
		return clear(this.markX, LABEL_CLEARANCE);
	}

	/** An x position moved, if need be, so that text of the given half width stays inside the drawing. */
	public static double clear(double x, int halfWidth) {
		return Math.max(halfWidth, Math.min(WIDTH - halfWidth, x));
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

		/** The average answer the band's lowest total stands for. */
		public double fromAverage() {
			return (double) this.from / Instrument.ITEM_COUNT;
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
