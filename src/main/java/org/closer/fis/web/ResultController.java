package org.closer.fis.web;

import org.closer.fis.QuestionnaireService;
import org.closer.fis.ResultKey;
import org.closer.fis.ResultNotFoundException;
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
 * The private result page, reached only through its key, as {@link ResultPage} describes it; and the two
 * steps that delete its whole history for good.
 */
@Controller
class ResultController {

	static final String RESULT_VIEW = "fis/result";

	static final String CONFIRM_DELETE_VIEW = "fis/delete";

	static final String DELETED_PATH = "/fis/deleted";

	static final String DELETED_VIEW = "fis/deleted";

	static final String NOT_FOUND_VIEW = "fis/result-not-found";

	private final QuestionnaireService questionnaire;

	private final ResultPage page;

	ResultController(QuestionnaireService questionnaire, ResultPage page) {
		this.questionnaire = questionnaire;
		this.page = page;
	}

	@GetMapping(ResultSection.PAGE)
	String result(@PathVariable ResultKey key, Model model) {
		this.page.describe(key, model);
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
