package org.closer.fis.web;

import java.time.Clock;
import java.time.LocalDate;

import org.closer.fis.Instrument;
import org.closer.fis.QuestionnaireService;
import org.closer.fis.ResultKey;
import org.closer.fis.ResultNotFoundException;
import org.closer.fis.RetakeOutcome;
import org.closer.fis.StoredHistory;
import org.closer.web.SeeOther;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Taking the scale again through a private link: the usual form, with a gentle word when the last
 * attempt is recent, and a submission stored as the next attempt that leads back to the same link; a
 * link that holds as many attempts as it may gets an explanation instead.
 */
@Controller
class RetakeController {

	static final String RETAKE_PATH = ResultSection.PAGE + "/again";

	static final String FULL_VIEW = "fis/full";

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
		StoredHistory stored = this.questionnaire.find(key).orElseThrow(ResultNotFoundException::new);
		if (this.questionnaire.isFull(stored)) {
			model.addAttribute("key", key.toString());
			model.addAttribute("count", stored.count());
			return FULL_VIEW;
		}
		LocalDate last = stored.latest().takenOn();
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
		RetakeOutcome outcome = this.questionnaire.retake(key, sheet.answers(), sheet.researchConsent());
		return switch (outcome) {
			case STORED -> new ModelAndView(SeeOther.to(ResultSection.PAGE, key));
			case FULL -> new ModelAndView(FULL_VIEW, HttpStatus.CONFLICT).addObject("key", key.toString());
			case NO_HISTORY -> throw new ResultNotFoundException();
		};
	}

	private static String path(ResultKey key) {
		return UriComponentsBuilder.fromPath(RETAKE_PATH).buildAndExpand(key.toString()).toUriString();
	}

}
