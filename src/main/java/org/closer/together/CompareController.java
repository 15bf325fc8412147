package org.closer.together;

import org.closer.fis.Attempt;
import org.closer.fis.Instrument;
import org.closer.fis.QuestionnaireService;
import org.closer.fis.ResultKey;
import org.closer.fis.ResultNotFoundException;
import org.closer.fis.Scoring;
import org.closer.fis.StoredHistory;
import org.closer.learn.Conversations;
import org.closer.web.FormPage;
import org.closer.web.NeverLimited;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.View;

/**
 * The comparison both agreed to, reached through each one's own key: the attempts they agreed on side
 * by side, an offer of newer answers, and ending it.
 */
@Controller
class CompareController {

	static final String COMPARE = PartnerController.RESULT + "/compare";

	private final Pairings pairings;

	private final QuestionnaireService questionnaire;

	private final Instrument instrument;

	private final Scoring scoring;

	private final Conversations conversations;

	CompareController(Pairings pairings, QuestionnaireService questionnaire, Instrument instrument, Scoring scoring,
			Conversations conversations) {
		this.pairings = pairings;
		this.questionnaire = questionnaire;
		this.instrument = instrument;
		this.scoring = scoring;
		this.conversations = conversations;
	}

	@GetMapping(COMPARE)
	String compare(@PathVariable ResultKey key, Model model) {
		StoredHistory yours = this.questionnaire.find(key).orElseThrow(ResultNotFoundException::new);
		Pairing pairing = this.pairings.shared(key).orElseThrow(ResultNotFoundException::new);
		String partner = pairing.otherThan(key.hash());
		Attempt you = agreed(key.hash(), pairing.agreedAttempt(key.hash()));
		Attempt them = agreed(partner, pairing.agreedAttempt(partner));
		SideBySide sides = SideBySide.of(this.instrument.items(), side(you), side(them));
		model.addAttribute("sides", sides);
		model.addAttribute("compareChart", CompareChart.of(sides, this.scoring.bands()));
		model.addAttribute("counseling", sides.counseling(this.scoring));
		model.addAttribute("questions",
				this.conversations.oneEach(sides.differences(), (statement) -> statement.item().topic().id()));
		model.addAttribute("instrument", this.instrument);
		model.addAttribute("key", key.toString());
		model.addAttribute("yourDay", you.takenOn());
		model.addAttribute("newer", NewerAnswers.of(pairing, key.hash(), yours.count()).id());
		return "together/compare";
	}

	@FormPage(COMPARE)
	@PostMapping(COMPARE + "/renew")
	View offer(@PathVariable ResultKey key) {
		this.questionnaire.find(key).orElseThrow(ResultNotFoundException::new);
		this.pairings.offer(key);
		return PartnerController.backTo(key);
	}

	@NeverLimited
	@FormPage(PartnerController.RESULT)
	@PostMapping(COMPARE + "/withdraw")
	View withdraw(@PathVariable ResultKey key) {
		this.questionnaire.find(key).orElseThrow(ResultNotFoundException::new);
		this.pairings.withdraw(key);
		return PartnerController.backTo(key);
	}

	private Attempt agreed(String keyHash, int attempt) {
		return this.questionnaire.attempt(keyHash, attempt).orElseThrow(ResultNotFoundException::new);
	}

	private static SideBySide.Side side(Attempt attempt) {
		return new SideBySide.Side(attempt.total(), attempt.score().band(), attempt.answers(), attempt.score());
	}

}
