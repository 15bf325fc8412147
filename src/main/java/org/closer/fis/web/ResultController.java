package org.closer.fis.web;

import java.util.Comparator;
import java.util.List;

import org.closer.fis.Instrument;
import org.closer.fis.QuestionnaireService;
import org.closer.fis.ResultKey;
import org.closer.fis.ResultNotFoundException;
import org.closer.fis.Scoring;
import org.closer.fis.StoredHistory;
import org.closer.web.NeverLimited;
import org.closer.web.SeeOther;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The private result page, reached only through its key: what the latest attempt means, its score and
 * chart, then every {@link ResultSection} in order (the comparison with others, the history, comparing
 * with a partner, and so on), then the statements that weighed most; and the two steps that delete its
 * whole history for good.
 */
@Controller
class ResultController {

	static final String RESULT_VIEW = "fis/result";

	static final String CONFIRM_DELETE_VIEW = "fis/delete";

	static final String DELETED_PATH = "/fis/deleted";

	static final String DELETED_VIEW = "fis/deleted";

	static final String NOT_FOUND_VIEW = "fis/result-not-found";

	private final QuestionnaireService questionnaire;

	private final Instrument instrument;

	private final Scoring scoring;

	private final List<ResultSection> sections;

	/** The result pages, with every feature's {@link ResultSection}, in their order. */
	ResultController(QuestionnaireService questionnaire, Instrument instrument, Scoring scoring,
			List<ResultSection> sections) {
		this.questionnaire = questionnaire;
		this.instrument = instrument;
		this.scoring = scoring;
		this.sections = sections.stream().sorted(Comparator.comparingInt(ResultSection::order)).toList();
	}

	@GetMapping(ResultSection.PAGE)
	String result(@PathVariable ResultKey key, Model model) {
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
		model.addAttribute("address", ServletUriComponentsBuilder.fromCurrentRequestUri().toUriString());
		return RESULT_VIEW;
	}

	@GetMapping(ResultSection.PAGE + "/delete")
	String confirmDelete(@PathVariable ResultKey key, Model model) {
		this.questionnaire.find(key).orElseThrow(ResultNotFoundException::new);
		model.addAttribute("key", key.toString());
		return CONFIRM_DELETE_VIEW;
	}

	@NeverLimited
	@PostMapping(ResultSection.PAGE + "/delete")
	View delete(@PathVariable ResultKey key) {
		if (!this.questionnaire.delete(key)) {
			throw new ResultNotFoundException();
		}
		return SeeOther.to(DELETED_PATH);
	}

	@GetMapping(DELETED_PATH)
	String deleted() {
		return DELETED_VIEW;
	}

}
