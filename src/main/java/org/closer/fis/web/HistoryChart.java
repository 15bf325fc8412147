package org.closer.fis.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.closer.fis.Scoring;

/**
 * The geometry of the history chart, an inline SVG line through the totals of the attempts shown, one
 * evenly spaced point each, on the scale from 35 to 175; the table beside it says the same in words.
 *
 * @param points one per attempt shown, left to right
 * @param guides the horizontal lines at both ends of the scale and its middle
 * @param skipsAfterFirst whether attempts between the first and the second point are left out
 */
public record HistoryChart(List<Point> points, List<Guide> guides, boolean skipsAfterFirst) {

	private static final int WIDTH = 640;

	private static final int HEIGHT = 220;

	private static final int LEFT = 64;

	/** How far right of the labels the first point sits, so that its total clears the top guide's label. */
	private static final int FIRST_INSET = 28;

	private static final int RIGHT = 40;

	private static final int TOP = 44;

	private static final int BOTTOM = 48;

	/** The most points whose dates all fit under the chart. */
	private static final int DATES_THAT_FIT = 5;

	private static final int MIDDLE_TOTAL = (Scoring.MIN_TOTAL + Scoring.MAX_TOTAL) / 2;

	/** How far above its point an attempt's total is written. */
	private static final int TOTAL_ABOVE = 18;

	/** How far below its line a guide's label sits, so that the line runs through its middle. */
	private static final int LABEL_BELOW = 7;

	/** The gap between a guide's label and its line. */
	private static final int LABEL_GAP = 8;

	/**
	 * One attempt's place on the chart.
	 *
	 * @param attempt the attempt
	 * @param x its horizontal position
	 * @param y its vertical position
	 * @param dated whether its date is written under it: every point's while they fit, else the
	 * first and the last
	 */
	public record Point(History.Attempt attempt, double x, double y, boolean dated) {

		/** The baseline of its total, above it. */
		public double totalY() {
			return this.y - TOTAL_ABOVE;
		}

	}

	/**
	 * A labelled horizontal line at a total.
	 *
	 * @param total the total
	 * @param y where it sits
	 */
	public record Guide(int total, double y) {

		/** The baseline of its label. */
		public double labelY() {
			return this.y + LABEL_BELOW;
		}

	}

	/** The SVG's {@code viewBox}: the space every position here is given in. */
	public String viewBox() {
		return "0 0 " + WIDTH + " " + HEIGHT;
	}

	/** The x where the guides' labels end. */
	public int labelX() {
		return LEFT - 10;
	}

	/** The x where the guides start, right of their labels. */
	public int guideStartX() {
		return labelX() + LABEL_GAP;
	}

	/** The x where the guides end. */
	public int rightX() {
		return WIDTH - RIGHT / 2;
	}

	/** Where the date labels sit. */
	public int dateY() {
		return HEIGHT - 12;
	}

	/** The points as an SVG polyline's {@code points} attribute, from the second point on when the first is apart. */
	public String line() {
		return coordinates(this.points.subList(this.skipsAfterFirst ? 1 : 0, this.points.size()));
	}

	/** The dashed line from the first point to the second over the attempts left out, or null without a gap. */
	public String gap() {
		return this.skipsAfterFirst ? coordinates(this.points.subList(0, 2)) : null;
	}

	private static String coordinates(List<Point> points) {
		return points.stream().map((point) -> point.x() + "," + point.y()).collect(Collectors.joining(" "));
	}

	static HistoryChart of(List<History.Attempt> attempts) {
		int first = LEFT + FIRST_INSET;
		double step = (attempts.size() > 1) ? (double) (WIDTH - first - RIGHT) / (attempts.size() - 1) : 0;
		List<Point> points = new ArrayList<>();
		for (int i = 0; i < attempts.size(); i++) {
			double x = (attempts.size() > 1) ? first + i * step : (first + WIDTH - RIGHT) / 2.0;
			boolean dated = attempts.size() <= DATES_THAT_FIT || i == 0 || i == attempts.size() - 1;
			points.add(new Point(attempts.get(i), round(x), y(attempts.get(i).total()), dated));
		}
		List<Guide> guides = List.of(new Guide(Scoring.MAX_TOTAL, y(Scoring.MAX_TOTAL)),
				new Guide(MIDDLE_TOTAL, y(MIDDLE_TOTAL)), new Guide(Scoring.MIN_TOTAL, y(Scoring.MIN_TOTAL)));
		boolean skips = attempts.size() > 1 && attempts.get(1).number() > 2;
		return new HistoryChart(List.copyOf(points), guides, skips);
	}

	private static double y(int total) {
		double share = (double) (total - Scoring.MIN_TOTAL) / (Scoring.MAX_TOTAL - Scoring.MIN_TOTAL);
		return round(HEIGHT - BOTTOM - share * (HEIGHT - TOP - BOTTOM));
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
