package org.closer.fis;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.closer.web.PrivatePages;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

/** The private result page, reached only through its key, and the two steps that delete it for good. */
@Controller
class ResultController {

	static final String RESULTS_PATH = "/fis/results";

	static final String RESULT_VIEW = "fis/result";

	static final String CONFIRM_DELETE_VIEW = "fis/delete";

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
	String result(@PathVariable String key, Model model, HttpServletRequest request, HttpServletResponse response) {
		PrivatePages.markPrivate(response);
		ResultKey resultKey = ResultKey.parse(key).orElseThrow(ResultNotFoundException::new);
		QuestionnaireService.StoredResult stored = this.questionnaire.find(resultKey)
			.orElseThrow(ResultNotFoundException::new);
		model.addAttribute("result", ResultView.of(this.instrument, stored.response(), stored.score(), this.properties));
		model.addAttribute("instrument", this.instrument);
		model.addAttribute("threshold", this.properties.counselingThreshold());
		model.addAttribute("key", resultKey.toString());
		model.addAttribute("address", request.getRequestURL().toString());
		return RESULT_VIEW;
	}

	@GetMapping(RESULTS_PATH + "/{key}/delete")
	String confirmDelete(@PathVariable String key, Model model, HttpServletResponse response) {
		PrivatePages.markPrivate(response);
		ResultKey resultKey = ResultKey.parse(key).orElseThrow(ResultNotFoundException::new);
		this.questionnaire.find(resultKey).orElseThrow(ResultNotFoundException::new);
		model.addAttribute("key", resultKey.toString());
		return CONFIRM_DELETE_VIEW;
	}

	@PostMapping(RESULTS_PATH + "/{key}/delete")
	View delete(@PathVariable String key) {
		ResultKey resultKey = ResultKey.parse(key).orElseThrow(ResultNotFoundException::new);
		if (!this.questionnaire.delete(resultKey)) {
			throw new ResultNotFoundException();
		}
		return PrivatePages.seeOther("/fis/deleted");
	}

	@GetMapping("/fis/deleted")
	String deleted() {
		return DELETED_VIEW;
	}

	@ExceptionHandler(ResultNotFoundException.class)
	ModelAndView notFound(HttpServletResponse response) {
		PrivatePages.markPrivate(response);
		return new ModelAndView(NOT_FOUND_VIEW, HttpStatus.NOT_FOUND);
	}

}
