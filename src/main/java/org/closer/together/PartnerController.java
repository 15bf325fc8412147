package org.closer.together;

import org.closer.fis.FisProperties;
import org.closer.fis.Instrument;
import org.closer.fis.QuestionnaireService;
import org.closer.fis.QuestionnaireService.StoredHistory;
import org.closer.fis.ResultKey;
import org.closer.fis.web.ResultNotFoundException;
import org.closer.web.SeeOther;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Comparing from a result page, each step through the visitor's own private key: invite, cancel,
 * share or decline, the comparison itself, and withdrawing from it.
 */
@Controller
class PartnerController {

	static final String RESULT = "/fis/results/{key}";

	private final TogetherService together;

	private final QuestionnaireService questionnaire;

	private final Instrument instrument;

	private final FisProperties fis;

	PartnerController(TogetherService together, QuestionnaireService questionnaire, Instrument instrument,
			FisProperties fis) {
		this.together = together;
		this.questionnaire = questionnaire;
		this.instrument = instrument;
		this.fis = fis;
	}

	@PostMapping(RESULT + "/partner")
	String invite(@PathVariable ResultKey key, Model model) {
		this.questionnaire.find(key).orElseThrow(ResultNotFoundException::new);
		InvitationToken token = this.together.invite(key);
		model.addAttribute("key", key.toString());
		model.addAttribute("invitation", ServletUriComponentsBuilder.fromCurrentContextPath()
			.path(InvitationController.INVITATION)
			.buildAndExpand(token.toString())
			.toUriString());
		model.addAttribute("days", this.together.invitationDays());
		return "together/invited";
	}

	@PostMapping(RESULT + "/partner/cancel")
	View cancel(@PathVariable ResultKey key) {
		this.together.cancel(key);
		return backTo(key);
	}

	@PostMapping(RESULT + "/partner/share")
	View share(@PathVariable ResultKey key) {
		this.together.decide(key, true);
		return backTo(key);
	}

	@PostMapping(RESULT + "/partner/decline")
	View decline(@PathVariable ResultKey key) {
		this.together.decide(key, false);
		return backTo(key);
	}

	@GetMapping(RESULT + "/compare")
	String compare(@PathVariable ResultKey key, Model model) {
		StoredHistory you = this.questionnaire.find(key).orElseThrow(ResultNotFoundException::new);
		StoredHistory partner = this.together.partnerOf(key)
			.flatMap(this.questionnaire::findByKeyHash)
			.orElseThrow(ResultNotFoundException::new);
		SideBySide sides = SideBySide.of(this.instrument.items(), side(you), side(partner));
		model.addAttribute("sides", sides);
		model.addAttribute("chart", CompareChart.of(sides, this.fis.bands()));
		model.addAttribute("counseling", sides.counseling(this.fis.counselingThreshold()));
		model.addAttribute("instrument", this.instrument);
		model.addAttribute("key", key.toString());
		return "together/compare";
	}

	@PostMapping(RESULT + "/compare/withdraw")
	View withdraw(@PathVariable ResultKey key) {
		this.together.withdraw(key);
		return backTo(key);
	}

	private static SideBySide.Side side(StoredHistory history) {
		return new SideBySide.Side(history.latestScore().total(), history.latestScore().band(),
				history.latest().answers(), history.latestScore());
	}

	private static View backTo(ResultKey key) {
		return SeeOther.to("/fis/results/" + key);
	}

}
