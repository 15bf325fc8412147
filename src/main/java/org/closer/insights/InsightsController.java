package org.closer.insights;

import java.util.Map;

import org.closer.fis.Band;
import org.closer.fis.Scoring;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public statistics page: what consenting visitors' totals look like, once there are enough of them. */
@Controller
class InsightsController {

	static final String VIEW = "insights/insights";

	private final DistributionSource distributions;

	private final Scoring scoring;

	private final InsightsProperties properties;

	InsightsController(DistributionSource distributions, Scoring scoring, InsightsProperties properties) {
		this.distributions = distributions;
		this.scoring = scoring;
		this.properties = properties;
	}

	@GetMapping("/insights")
	String insights(Model model) {
		PoolFigures figures = this.distributions.current();
		Distribution distribution = figures.distribution();
		boolean enough = distribution.pool() >= this.properties.minPool();
		model.addAttribute("enough", enough);
		model.addAttribute("minPool", this.properties.minPool());
		if (enough) {
			Map<Band, Long> byBand = distribution.countsByBand(this.scoring);
			model.addAttribute("pool", distribution.pool());
			model.addAttribute("median", distribution.median());
			model.addAttribute("bands", BandShare.of(byBand, distribution.pool()));
			model.addAttribute("chart", HistogramChart.of(distribution.histogram(), 0));
			model.addAttribute("reliability",
					figures.reliability().readable(this.properties.minPool()) ? figures.reliability() : null);
		}
		return VIEW;
	}

}
