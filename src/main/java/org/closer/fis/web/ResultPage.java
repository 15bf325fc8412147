package org.closer.fis.web;

import java.util.Comparator;
import java.util.List;

import org.closer.fis.Instrument;
import org.closer.fis.QuestionnaireService;
import org.closer.fis.ResultKey;
import org.closer.fis.ResultNotFoundException;
import org.closer.fis.Scoring;
import org.closer.fis.StoredHistory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

/**
 * What a result page shows for one link: what its latest attempt means, then every
 * {@link ResultSection} in order, all read in one transaction.
 */
@Component
class ResultPage {

	private final QuestionnaireService questionnaire;

	private final Instrument instrument;

	private final Scoring scoring;

	private final List<ResultSection> sections;

	/** The page with every feature's {@link ResultSection}, in their order. */
	ResultPage(QuestionnaireService questionnaire, Instrument instrument, Scoring scoring,
			List<ResultSection> sections) {
		this.questionnaire = questionnaire;
		this.instrument = instrument;
		this.scoring = scoring;
		this.sections = sections.stream().sorted(Comparator.comparingInt(ResultSection::order)).toList();
	}

	/**
	 * Puts the page for the link into the model; one transaction rather than one per section, since
	 * most sections read the database and every visit to a result page asks for them all.
	 */
	@Transactional(readOnly = true)
	void describe(ResultKey key, Model model) {
		StoredHistory stored = this.questionnaire.find(key).orElseThrow(ResultNotFoundException::new);
		ShownResult shown = new ShownResult(key, stored);
		model.addAttribute("result", ResultView.of(this.instrument, stored, this.scoring));
		model.addAttribute("sections", this.sections.stream()
			.flatMap((section) -> section.model(shown).map((drawn) -> new ShownSection(section.template(), drawn))
				.stream())
			.toList());
		model.addAttribute("instrument", this.instrument);
		model.addAttribute("threshold", this.scoring.counselingThreshold());
		model.addAttribute("key", key.toString());
	}

}
