package org.closer.fis.web;

import org.closer.fis.FisProperties;
import org.closer.fis.Instrument;
import org.closer.fis.QuestionnaireService;
import org.closer.fis.ResultKey;
import org.closer.web.SeeOther;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The questionnaire: its introduction, the form, and the submission that stores it and moves on to the result. */
@Controller
class QuestionnaireController {

	static final String INTRO_PATH = "/fis";

	static final String INTRO_VIEW = "fis/intro";

	static final String QUESTIONS_PATH = "/fis/questions";

	private final Instrument instrument;

	private final QuestionnaireService questionnaire;

	private final FisProperties properties;

	QuestionnaireController(Instrument instrument, QuestionnaireService questionnaire, FisProperties properties) {
		this.instrument = instrument;
		this.questionnaire = questionnaire;
		this.properties = properties;
	}

	@GetMapping(INTRO_PATH)
	String intro(Model model) {
		model.addAttribute("instrument", this.instrument);
		model.addAttribute("maxAttempts", this.properties.maxAttempts());
		return INTRO_VIEW;
	}

	@GetMapping(QUESTIONS_PATH)
	String questions(Model model) {
		return QuestionsForm.blank(QUESTIONS_PATH, this.instrument, model);
	}

	@PostMapping(QUESTIONS_PATH)
	ModelAndView submit(@RequestParam MultiValueMap<String, String> fields) {
		AnswerSheet sheet = AnswerSheet.read(fields);
		if (!sheet.isComplete()) {
			return QuestionsForm.withErrors(QUESTIONS_PATH, this.instrument, sheet);
		}
		ResultKey key = this.questionnaire.submit(sheet.answers(), sheet.researchConsent());
		return new ModelAndView(SeeOther.to(ResultSection.PAGE, key));
	}

}
