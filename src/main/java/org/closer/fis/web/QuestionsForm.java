package org.closer.fis.web;

import java.util.Map;

import org.closer.fis.Instrument;

import org.springframework.http.HttpStatus;
import org.springframework.modulith.NamedInterface;
import org.springframework.ui.Model;
import org.springframework.web.servlet.ModelAndView;

/** The questionnaire's form, blank or back with its errors, posting to the path it was opened at. */
@NamedInterface("questionnaire-form")
public final class QuestionsForm {

	static final String VIEW = "fis/questions";

	private QuestionsForm() {
	}

	/** A blank form that posts to the given path. */
	public static String blank(String action, Instrument instrument, Model model) {
		model.addAttribute("action", action);
		model.addAttribute("instrument", instrument);
		model.addAttribute("sheet", AnswerSheet.empty());
		model.addAttribute("showErrors", false);
		return VIEW;
	}

	/** The form back with every valid answer kept and each missing one named, as a 422. */
	public static ModelAndView withErrors(String action, Instrument instrument, AnswerSheet sheet) {
		return new ModelAndView(VIEW,
				Map.of("action", action, "instrument", instrument, "sheet", sheet, "showErrors", true),
				HttpStatus.UNPROCESSABLE_CONTENT);
	}

}
