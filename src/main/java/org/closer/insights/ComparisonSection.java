package org.closer.insights;

import java.util.Optional;

import org.closer.fis.web.ResultSection;
import org.closer.fis.web.ShownResult;

import org.springframework.stereotype.Component;

/** The result page's section that sets the total beside the pool of consenting first attempts, from the published figures. */
@Component
class ComparisonSection implements ResultSection {

	private final PoolSnapshots snapshots;

	private final InsightsProperties properties;

	ComparisonSection(PoolSnapshots snapshots, InsightsProperties properties) {
		this.snapshots = snapshots;
		this.properties = properties;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public String template() {
		return "insights/comparison";
	}

	@Override
	public Optional<?> model(ShownResult result) {
		return Optional.of(Comparison.of(this.snapshots.current(), result.total(), this.properties));
	}

}
