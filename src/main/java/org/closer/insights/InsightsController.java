package org.closer.insights;

import org.closer.fis.Scoring;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public statistics page: what consenting visitors' first totals look like, from the published
 * figures, rounded, once there are enough of them.
 */
@Controller
class InsightsController {

	static final String VIEW = "insights/insights";

	private final PoolSnapshots snapshots;

	private final Scoring scoring;

	private final InsightsProperties properties;

	private final Rounding rounding;

	InsightsController(PoolSnapshots snapshots, Scoring scoring, InsightsProperties properties) {
		this.snapshots = snapshots;
		this.scoring = scoring;
		this.properties = properties;
		this.rounding = new Rounding(properties.exact());
	}

	@GetMapping("/insights")
	String insights(Model model) {
		PoolFigures figures = this.snapshots.current();
		Distribution distribution = figures.distribution();
		boolean enough = figures.enough();
		model.addAttribute("enough", enough);
		model.addAttribute("minPool", figures.minPool());
		model.addAttribute("publishedOn", figures.publishedOn());
		model.addAttribute("exact", this.rounding.exact());
		model.addAttribute("live", this.properties.live());
		if (enough) {
			model.addAttribute("pool", this.rounding.pool(distribution.pool()));
			model.addAttribute("median", this.rounding.median(distribution.median()));
			model.addAttribute("bands",
					BandShare.of(distribution.countsByBand(this.scoring), distribution.pool(), this.rounding));
			model.addAttribute("histogram", HistogramChart.of(distribution.histogram(), 0, this.rounding));
			model.addAttribute("reliability", figures.readable() ? figures.reliability() : null);
			model.addAttribute("spreadDecimals", this.rounding.spreadDecimals());
			model.addAttribute("alphaDecimals", this.rounding.alphaDecimals());
		}
		return VIEW;
	}

}
