package org.closer.together;

import java.util.Optional;

import org.closer.fis.web.ResultSection;
import org.closer.fis.web.ShownResult;

import org.springframework.stereotype.Component;

/** The result page's section on comparing with a partner: where it stands, and the step the visitor may take. */
@Component
class PartnerSection implements ResultSection {

	private final Standings standings;

	PartnerSection(Standings standings) {
		this.standings = standings;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public String template() {
		return "together/status";
	}

	@Override
	public Optional<?> model(ShownResult result) {
		return Optional.of(new ShownStanding(this.standings.of(result.key()), result.key()));
	}

}
