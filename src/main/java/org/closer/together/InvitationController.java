package org.closer.together;

import org.closer.fis.Instrument;
import org.closer.fis.ResultKey;
import org.closer.fis.web.AnswerSheet;
import org.closer.fis.web.QuestionsForm;
import org.closer.fis.web.ResultSection;
import org.closer.web.SeeOther;

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
 * The invited partner's side: a calm page that says what would be shared if they agree later, then
 * the usual questionnaire, which gives them a private result of their own. The link answers the same
 * until someone shares through it, however many have answered or declined.
 */
@Controller
class InvitationController {

	static final String INVITATION = "/together/{token}";

	static final String QUESTIONS = INVITATION + "/questions";

	private final Invitations invitations;

	private final Instrument instrument;

	InvitationController(Invitations invitations, Instrument instrument) {
		this.invitations = invitations;
		this.instrument = instrument;
	}

	@GetMapping(INVITATION)
	String invitation(@PathVariable String token, Model model) {
		this.invitations.open(parse(token));
		model.addAttribute("token", token);
		return "together/invitation";
	}

	@GetMapping(QUESTIONS)
	String questions(@PathVariable String token, Model model) {
		this.invitations.open(parse(token));
		model.addAttribute("invited", true);
		return QuestionsForm.blank(questionsPath(token), this.instrument, model);
	}

	@PostMapping(QUESTIONS)
	ModelAndView answer(@PathVariable String token, @RequestParam MultiValueMap<String, String> fields) {
		InvitationToken invitation = parse(token);
		AnswerSheet sheet = AnswerSheet.read(fields);
		if (!sheet.isComplete()) {
			this.invitations.open(invitation);
			return QuestionsForm.withErrors(questionsPath(token), this.instrument, sheet).addObject("invited", true);
		}
		ResultKey key = this.invitations.reply(invitation, sheet.answers(), sheet.researchConsent());
		return new ModelAndView(SeeOther.to(ResultSection.PAGE, key));
	}

	private static InvitationToken parse(String token) {
		return InvitationToken.parse(token).orElseThrow(InvitationNotFoundException::new);
	}

	private static String questionsPath(String token) {
		return UriComponentsBuilder.fromPath(QUESTIONS).buildAndExpand(token).toUriString();
	}

}
