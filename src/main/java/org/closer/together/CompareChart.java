package org.closer.together;

import org.closer.fis.FisProperties;
import org.closer.fis.web.ScaleChart;

/**
 * The scale from 35 to 175 with two marks, one for each side, drawn with the result page's own chart
 * geometry.
 *
 * @param you the scale with the visitor's mark
 * @param partner the scale with the partner's mark
 */
public record CompareChart(ScaleChart you, ScaleChart partner) {

	static CompareChart of(SideBySide sides, FisProperties.Bands bands) {
		return new CompareChart(ScaleChart.of(sides.you().total(), bands), ScaleChart.of(sides.partner().total(), bands));
	}

}
