package org.closer.together;

import org.closer.fis.FisProperties;
import org.closer.fis.ScaleChart;

/**
 * The scale from 35 to 175 with two marks, the visitor's above the bars as on the result page and the
 * partner's below the totals, drawn with the scale's own geometry.
 *
 * @param you the scale with the visitor's mark
 * @param partner the scale with the partner's mark
 */
public record CompareChart(ScaleChart you, ScaleChart partner) {

	/** Half the width of the partner's label at the largest text, kept inside the drawing. */
	private static final int PARTNER_LABEL_CLEARANCE = 132;

	/** The drawing's view box: the scale, and below it room for the partner's label. */
	public String viewBox() {
		return "0 0 " + ScaleChart.WIDTH + " " + (partnerLabelY() + 12);
	}

	/** Where the partner's line starts, a little lower than the visitor's. */
	public int partnerTop() {
		return this.you.markTop() + 8;
	}

	/** Where the partner's square sits, on the bars. */
	public int squareY() {
		return this.you.dotY() - 8;
	}

	/** Where the short line under the totals starts, pointing at the partner's label. */
	public int pointerTop() {
		return this.you.tickY() + 8;
	}

	/** Where that line ends. */
	public int pointerBottom() {
		return pointerTop() + 12;
	}

	/** The baseline of the partner's label. */
	public int partnerLabelY() {
		return pointerBottom() + 28;
	}

	/** Where the partner's label is centred, kept clear of the drawing's edges. */
	public double partnerLabelX() {
		return ScaleChart.clear(this.partner.markX(), PARTNER_LABEL_CLEARANCE);
	}

	static CompareChart of(SideBySide sides, FisProperties.Bands bands) {
		return new CompareChart(ScaleChart.of(sides.you().total(), bands), ScaleChart.of(sides.partner().total(), bands));
	}

}
