package org.closer.fis.web;

import org.closer.fis.FisProperties;
import org.closer.fis.Instrument;
import org.closer.fis.QuestionnaireService;
import org.closer.fis.ResultKey;
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

/** The private result page, reached only through its key, and the two steps that delete its whole history for good. */
@Controller
class ResultController {

	static final String RESULTS_PATH = "/fis/results";

	static final String RESULT_VIEW = "fis/result";

	static final String CONFIRM_DELETE_VIEW = "fis/delete";

	static final String DELETED_PATH = "/fis/deleted";

	static final String DELETED_VIEW = "fis/deleted";

	static final String NOT_FOUND_VIEW = "fis/result-not-found";

	private final QuestionnaireService questionnaire;

	private final Instrument instrument;

	private final FisProperties properties;

	ResultController(QuestionnaireService questionnaire, Instrument instrument, FisProperties properties) {
		this.questionnaire = questionnaire;
		this.instrument = instrument;
		this.properties = properties;
	}

	@GetMapping(RESULTS_PATH + "/{key}")
	String result(@PathVariable ResultKey key, Model model) {
		StoredHistory stored = this.questionnaire.find(key).orElseThrow(ResultNotFoundException::new);
		model.addAttribute("result", ResultView.of(this.instrument, stored, this.properties));
		model.addAttribute("instrument", this.instrument);
		model.addAttribute("threshold", this.properties.counselingThreshold());
		model.addAttribute("key", key.toString());
		model.addAttribute("address", ServletUriComponentsBuilder.fromCurrentRequestUri().toUriString());
		return RESULT_VIEW;
	}

	@GetMapping(RESULTS_PATH + "/{key}/delete")
	String confirmDelete(@PathVariable ResultKey key, Model model) {
		this.questionnaire.find(key).orElseThrow(ResultNotFoundException::new);
		model.addAttribute("key", key.toString());
		return CONFIRM_DELETE_VIEW;
	}

	@NeverLimited
	@PostMapping(RESULTS_PATH + "/{key}/delete")
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
