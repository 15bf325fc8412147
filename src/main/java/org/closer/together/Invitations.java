package org.closer.together;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.closer.fis.QuestionnaireService;
import org.closer.fis.ResultKey;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations to compare, from the inviter's side and through the link: making one, its link, the
 * results made through it, and taking it back. Until someone shares, an invitation answers the same
 * to anyone holding its link, however many have answered or declined through it.
 */
@Service
class Invitations {

	private final PairingRepository pairings;

	private final ReplyRepository replies;

	private final Standings standings;

	private final QuestionnaireService questionnaire;

	private final TogetherProperties properties;

	private final SecureRandom random;

	private final Clock clock;

	Invitations(PairingRepository pairings, ReplyRepository replies, Standings standings,
			QuestionnaireService questionnaire, TogetherProperties properties, SecureRandom random, Clock clock) {
		this.pairings = pairings;
		this.replies = replies;
		this.standings = standings;
		this.questionnaire = questionnaire;
		this.properties = properties;
		this.random = random;
		this.clock = clock;
	}

	/** How many days an invitation works. */
	int invitationDays() {
		return this.properties.invitationDays();
	}

	/**
	 * A new invitation from this result; refused while one is out, a choice is waiting or a comparison
	 * is shared. Two at once from one result wait for each other on its history's lock.
	 */
	@Transactional
	InvitationToken invite(ResultKey inviter) {
		if (!this.questionnaire.hold(inviter) || this.standings.of(inviter).status() != PartnerStatus.NONE) {
			throw new PairingRefusedException("An invitation is out, a choice is waiting or a comparison is shared");
		}
		InvitationToken token = InvitationToken.generate(this.random);
		int attempt = this.questionnaire.find(inviter).orElseThrow().count();
		this.pairings.save(new Pairing(token.hash(), inviter.hash(), attempt,
				today().plusDays(this.properties.invitationDays())));
		return token;
	}

	/** Checks that the token opens an invitation that still takes answers. */
	@Transactional(readOnly = true)
	void open(InvitationToken token) {
		invited(this.pairings.findByTokenHash(token.hash()));
	}

	/**
	 * Stores answers given through the link as a new result of its own, waiting to share or not, and
	 * returns its key; the invitation is locked meanwhile, so it cannot be cancelled under the answer.
	 */
	@Transactional
	ResultKey reply(InvitationToken token, List<Integer> answers, boolean researchConsent) {
		Pairing pairing = invited(this.pairings.lockByTokenHash(token.hash()));
		ResultKey key = this.questionnaire.submit(answers, researchConsent);
		this.replies.save(new Reply(pairing.id(), key.hash()));
		return key;
	}

	/** The inviter takes back an invitation nobody has shared through; its link then leads nowhere. */
	@Transactional
	void cancel(ResultKey inviter) {
		Pairing pairing = this.pairings.findByEitherKeyHash(inviter.hash())
			.stream()
			.filter((candidate) -> candidate.isInviter(inviter.hash()) && candidate.isOpenOn(today()))
			.findFirst()
			.orElseThrow(() -> new PairingRefusedException("No open invitation"));
		this.pairings.delete(pairing);
	}

	private Pairing invited(Optional<Pairing> found) {
		Pairing pairing = found.filter((candidate) -> candidate.state() == PairingState.INVITED)
			.orElseThrow(InvitationNotFoundException::new);
		if (pairing.expiredOn(today())) {
			throw new InvitationExpiredException();
		}
		return pairing;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
