package org.closer.together;

import org.closer.fis.QuestionnaireService;
import org.closer.fis.ResultKey;
import org.closer.fis.ResultNotFoundException;
import org.closer.fis.web.ResultSection;
import org.closer.web.FormPage;
import org.closer.web.NeverLimited;
import org.closer.web.SeeOther;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The steps towards comparing, from a result page, each through the visitor's own private key: invite
 * or cancel, share or decline an invitation answered, agree or not to a share.
 */
@Controller
class PartnerController {

	static final String RESULT = ResultSection.PAGE;

	private final Invitations invitations;

	private final Pairings pairings;

	private final QuestionnaireService questionnaire;

	PartnerController(Invitations invitations, Pairings pairings, QuestionnaireService questionnaire) {
		this.invitations = invitations;
		this.pairings = pairings;
		this.questionnaire = questionnaire;
	}

	@FormPage(RESULT)
	@PostMapping(RESULT + "/partner")
	String invite(@PathVariable ResultKey key, Model model) {
		require(key);
		InvitationToken token = this.invitations.invite(key);
		model.addAttribute("key", key.toString());
		model.addAttribute("invitation", ServletUriComponentsBuilder.fromCurrentContextPath()
			.path(InvitationController.INVITATION)
			.buildAndExpand(token.toString())
			.toUriString());
		model.addAttribute("days", this.invitations.invitationDays());
		return "together/invited";
	}

	@NeverLimited
	@FormPage(RESULT)
	@PostMapping(RESULT + "/partner/cancel")
	View cancel(@PathVariable ResultKey key) {
		require(key);
		this.invitations.cancel(key);
		return backTo(key);
	}

	@FormPage(RESULT)
	@PostMapping(RESULT + "/partner/share")
	View share(@PathVariable ResultKey key) {
		require(key);
		this.pairings.share(key);
		return backTo(key);
	}

	@NeverLimited
	@FormPage(RESULT)
	@PostMapping(RESULT + "/partner/decline")
	View decline(@PathVariable ResultKey key) {
		require(key);
		this.pairings.decline(key);
		return backTo(key);
	}

	@FormPage(RESULT)
	@PostMapping(RESULT + "/partner/confirm")
	View confirm(@PathVariable ResultKey key) {
		require(key);
		this.pairings.confirm(key);
		return backTo(key);
	}

	@NeverLimited
	@FormPage(RESULT)
	@PostMapping(RESULT + "/partner/set-aside")
	View setAside(@PathVariable ResultKey key) {
		require(key);
		this.pairings.setAside(key);
		return backTo(key);
	}

	/** A step through a key that opens no result is answered as the result would be: not found. */
	private void require(ResultKey key) {
		this.questionnaire.find(key).orElseThrow(ResultNotFoundException::new);
	}

	/** Back to the visitor's own result page. */
	static View backTo(ResultKey key) {
		return SeeOther.to(RESULT, key);
	}

}
