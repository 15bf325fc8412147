package org.closer.together;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.closer.fis.QuestionnaireService;
import org.closer.fis.ResultKey;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations to compare and the pairings they become: nothing is shared until the partner agrees, a
 * refusal looks to the inviter like silence, and either side can end it at any time.
 */
@Service
public class TogetherService {

	private final PairingRepository pairings;

	private final QuestionnaireService questionnaire;

	private final TogetherProperties properties;

	private final SecureRandom random;

	private final Clock clock;

	TogetherService(PairingRepository pairings, QuestionnaireService questionnaire, TogetherProperties properties,
			SecureRandom random, Clock clock) {
		this.pairings = pairings;
		this.questionnaire = questionnaire;
		this.properties = properties;
		this.random = random;
		this.clock = clock;
	}

	/** How many days an invitation works. */
	int invitationDays() {
		return this.properties.invitationDays();
	}

	/** Where comparing stands for the result with this key. */
	@Transactional(readOnly = true)
	public PartnerStatus status(ResultKey key) {
		LocalDate today = today();
		PartnerStatus status = PartnerStatus.NONE;
		for (Pairing pairing : this.pairings.findByEitherKeyHash(key.hash())) {
			if (pairing.isShared()) {
				return PartnerStatus.SHARED;
			}
			if (pairing.expiredOn(today)) {
				continue;
			}
			if (pairing.inviterKeyHash().equals(key.hash())) {
				status = PartnerStatus.WAITING;
			}
			else if (pairing.state() == PairingState.ANSWERED && status == PartnerStatus.NONE) {
				status = PartnerStatus.ASKED;
			}
		}
		return status;
	}

	/**
	 * A new invitation from this result, which the caller has found; refused while one is open or a
	 * comparison is shared.
	 */
	@Transactional
	InvitationToken invite(ResultKey inviter) {
		if (status(inviter) != PartnerStatus.NONE) {
			throw new PairingRefusedException("An invitation is open or a comparison is shared");
		}
		InvitationToken token = InvitationToken.generate(this.random);
		this.pairings.save(new Pairing(token.hash(), inviter.hash(), today(),
				today().plusDays(this.properties.invitationDays())));
		return token;
	}

	/** Checks that the token opens an invitation nobody has answered yet. */
	@Transactional(readOnly = true)
	void open(InvitationToken token) {
		invited(token);
	}

	/** Stores the partner's answers as a new result of their own, tied to the invitation, and returns its key. */
	@Transactional
	ResultKey answer(InvitationToken token, List<Integer> answers, boolean researchConsent) {
		Pairing pairing = invited(token);
		ResultKey partner = this.questionnaire.submit(answers, researchConsent);
		pairing.answeredBy(partner.hash());
		return partner;
	}

	/** The partner's choice: share with the inviter, or not; refused unless they were asked and have not chosen. */
	@Transactional
	void decide(ResultKey partner, boolean share) {
		pairingOf(partner, (pairing) -> partner.hash().equals(pairing.partnerKeyHash())
				&& pairing.state() == PairingState.ANSWERED && !pairing.expiredOn(today()))
			.orElseThrow(() -> new PairingRefusedException("Nothing to decide"))
			.decide(share);
	}

	/** The inviter takes back an invitation not yet shared; its link then leads nowhere. */
	@Transactional
	void cancel(ResultKey inviter) {
		this.pairings.delete(pairingOf(inviter, (pairing) -> inviter.hash().equals(pairing.inviterKeyHash())
				&& pairing.state() != PairingState.SHARED && !pairing.expiredOn(today()))
			.orElseThrow(() -> new PairingRefusedException("No open invitation")));
	}

	/** Either side ends a shared comparison, for both. */
	@Transactional
	void withdraw(ResultKey either) {
		this.pairings.delete(pairingOf(either, Pairing::isShared)
			.orElseThrow(() -> new PairingRefusedException("Nothing shared")));
	}

	/** The key hash of the other side of a shared comparison, if this result has one. */
	@Transactional(readOnly = true)
	Optional<String> partnerOf(ResultKey key) {
		return pairingOf(key, Pairing::isShared).map((pairing) -> pairing.otherThan(key.hash()));
	}

	private Optional<Pairing> pairingOf(ResultKey key, Predicate<Pairing> which) {
		return this.pairings.findByEitherKeyHash(key.hash()).stream().filter(which).findFirst();
	}

	private Pairing invited(InvitationToken token) {
		Pairing pairing = this.pairings.findByTokenHash(token.hash())
			.filter((candidate) -> candidate.state() == PairingState.INVITED)
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
