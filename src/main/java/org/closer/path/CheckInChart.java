package org.closer.path;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The geometry of the check-ins as a small line: one point per session with a check-in, on the
 * answers 1 to 5; the table beside it says the same in words.
 *
 * @param points one per check-in, in the order of their sessions
 */
public record CheckInChart(List<Point> points) {

	private static final int WIDTH = 640;

	private static final int HEIGHT = 200;

	private static final int LEFT = 56;

	private static final int RIGHT = 32;

	private static final int TOP = 24;

	private static final int BOTTOM = 48;

	/** How far below its line a guide's label sits, so that the line runs through its middle. */
	private static final int LABEL_BELOW = 8;

	/** The answers a guide marks. */
	private static final List<Integer> GUIDES = List.of(1, 3, 5);

	/**
	 * One check-in's place.
	 *
	 * @param session its session
	 * @param closeness its answer, 1 to 5
	 * @param x its horizontal position
	 * @param y its vertical position
	 */
	public record Point(int session, int closeness, int x, int y) {
	}

	static CheckInChart of(List<Progress.Done> checkIns) {
		return new CheckInChart(checkIns.stream()
			.map((done) -> new Point(done.session(), done.closeness(), x(done.session()), y(done.closeness())))
			.toList());
	}

	/** The SVG's {@code viewBox}. */
	public String viewBox() {
		return "0 0 " + WIDTH + " " + HEIGHT;
	}

	/** The answers a guide line marks: the lowest, the middle and the highest. */
	public List<Integer> guides() {
		return GUIDES;
	}

	/** The y of the line of an answer. */
	public int guideY(int closeness) {
		return y(closeness);
	}

	/** The baseline of the label of an answer's line. */
	public int guideLabelY(int closeness) {
		return y(closeness) + LABEL_BELOW;
	}

	/** The x where the answers' labels end. */
	public int labelX() {
		return LEFT - 20;
	}

	/** The x where the answers' lines start. */
	public int lineStartX() {
		return LEFT - 8;
	}

	/** The x where the answers' lines end. */
	public int lineEndX() {
		return WIDTH - RIGHT / 2;
	}

	/** The x of a session's number under the chart. */
	public int sessionX(int session) {
		return x(session);
	}

	/** The baseline of the sessions' numbers. */
	public int sessionY() {
		return HEIGHT - 14;
	}

	/** The points as an SVG polyline's {@code points} attribute. */
	public String line() {
		return this.points.stream().map((point) -> point.x() + "," + point.y()).collect(Collectors.joining(" "));
	}

	private static int x(int session) {
		return LEFT + (session - 1) * (WIDTH - LEFT - RIGHT) / (Sessions.NUMBERS.size() - 1);
	}

	private static int y(int closeness) {
		return HEIGHT - BOTTOM - (closeness - 1) * (HEIGHT - TOP - BOTTOM) / 4;
	}

}
