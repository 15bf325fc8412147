package org.closer.fis.web;

import java.time.Clock;
import java.time.LocalDate;

import org.closer.fis.Instrument;
import org.closer.fis.QuestionnaireService;
import org.closer.fis.ResultKey;
import org.closer.web.SeeOther;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Taking the scale again through a private link: the usual form, with a gentle word when the last
 * attempt is recent, and a submission stored as the next attempt that leads back to the same link.
 */
@Controller
class RetakeController {

	static final String RETAKE_PATH = ResultController.RESULTS_PATH + "/{key}/again";

	/** Tells the form that it adds an attempt to a history. */
	private static final String RETAKING = "retaking";

	private final QuestionnaireService questionnaire;

	private final Instrument instrument;

	private final Clock clock;

	RetakeController(QuestionnaireService questionnaire, Instrument instrument, Clock clock) {
		this.questionnaire = questionnaire;
		this.instrument = instrument;
		this.clock = clock;
	}

	@GetMapping(RETAKE_PATH)
	String again(@PathVariable ResultKey key, Model model) {
		QuestionnaireService.StoredHistory stored = this.questionnaire.find(key).orElseThrow(ResultNotFoundException::new);
		LocalDate last = stored.latest().submittedOn();
		model.addAttribute(RETAKING, true);
		model.addAttribute("lastTaken", History.isRecent(last, LocalDate.now(this.clock)) ? last : null);
		return QuestionsForm.blank(path(key), this.instrument, model);
	}

	@PostMapping(RETAKE_PATH)
	ModelAndView submit(@PathVariable ResultKey key, @RequestParam MultiValueMap<String, String> fields) {
		AnswerSheet sheet = AnswerSheet.read(fields);
		if (!sheet.isComplete()) {
			return QuestionsForm.withErrors(path(key), this.instrument, sheet).addObject(RETAKING, true);
		}
		if (!store(key, sheet)) {
			throw new ResultNotFoundException();
		}
		return new ModelAndView(SeeOther.to(ResultController.RESULTS_PATH + "/" + key));
	}

	/** Stores the attempt, once more if another attempt sent at the same moment took its number. */
	private boolean store(ResultKey key, AnswerSheet sheet) {
		try {
			return this.questionnaire.retake(key, sheet.answers(), sheet.researchConsent());
		}
		catch (DataIntegrityViolationException taken) {
			return this.questionnaire.retake(key, sheet.answers(), sheet.researchConsent());
		}
	}

	private static String path(ResultKey key) {
		return ResultController.RESULTS_PATH + "/" + key + "/again";
	}

}
