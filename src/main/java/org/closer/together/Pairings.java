package org.closer.together;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Predicate;

import org.closer.fis.QuestionnaireService;
import org.closer.fis.ResultKey;
import org.closer.fis.StoredHistory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The choices that make an invitation a comparison and end it: the person invited shares or declines,
 * the inviter agrees or not, either side offers newer answers or ends it. Each is taken once, however
 * many arrive at the same moment: a reply is deleted by the first choice about it, and a pairing
 * changes only from the version it was read at, before any reply is touched.
 */
@Service
class Pairings {

	private final PairingRepository pairings;

	private final ReplyRepository replies;

	private final QuestionnaireService questionnaire;

	private final Clock clock;

	Pairings(PairingRepository pairings, ReplyRepository replies, QuestionnaireService questionnaire, Clock clock) {
		this.pairings = pairings;
		this.replies = replies;
		this.questionnaire = questionnaire;
		this.clock = clock;
	}

	/**
	 * The one who answered shares their result as it is now: the first share takes the invitation. The
	 * pairing changes first, so that every share waits on the pairing before any reply is touched.
	 */
	@Transactional
	void share(ResultKey partner) {
		long pairingId = this.replies.findByKeyHash(partner.hash())
			.orElseThrow(() -> new PairingRefusedException("Nothing to decide"))
			.pairingId();
		Pairing pairing = this.pairings.findById(pairingId)
			.filter((candidate) -> candidate.isOpenOn(today()))
			.orElseThrow(() -> new PairingRefusedException("The invitation takes no share"));
		pairing.agreedBy(partner.hash(), latestAttempt(partner));
		this.pairings.saveAndFlush(pairing);
		takeReply(partner);
		this.replies.deleteByPairingId(pairingId);
	}

	/** The one who answered says no: their reply goes, and nothing else changes for anyone. */
	@Transactional
	void decline(ResultKey partner) {
		takeReply(partner);
	}

	/** The inviter agrees to compare, with the answers they invited with. */
	@Transactional
	void confirm(ResultKey inviter) {
		Pairing pairing = agreedTo(inviter);
		pairing.confirm();
		this.replies.deleteByPairingId(pairing.id());
	}

	/** The inviter says no to the share; to the other side it stays waiting until the invitation would run out. */
	@Transactional
	void setAside(ResultKey inviter) {
		agreedTo(inviter).setAside();
	}

	/** Either side of a comparison ends it for both; the one who shared may take it back before it opens. */
	@Transactional
	void withdraw(ResultKey either) {
		String hash = either.hash();
		this.pairings.delete(pairingOf(either, (pairing) -> pairing.state() == PairingState.SHARED
				|| (!pairing.isInviter(hash) && !pairing.expiredOn(today())))
			.orElseThrow(() -> new PairingRefusedException("Nothing to end")));
	}

	/**
	 * Offers this side's newer answers; once the other side has offered newer answers too, the comparison
	 * shows both. A side without newer answers has nothing to offer, so that answers already compared are
	 * never compared again against new ones of the other side.
	 */
	@Transactional
	void offer(ResultKey either) {
		Pairing pairing = pairingOf(either, (candidate) -> candidate.state() == PairingState.SHARED)
			.orElseThrow(() -> new PairingRefusedException("Nothing shared"));
		int latest = latestAttempt(either);
		if (latest <= pairing.agreedAttempt(either.hash())) {
			throw new PairingRefusedException("No newer answers to offer");
		}
		pairing.offer(either.hash(), latest);
	}

	/** The shared comparison this result takes part in, if any. */
	@Transactional(readOnly = true)
	Optional<Pairing> shared(ResultKey key) {
		return pairingOf(key, (pairing) -> pairing.state() == PairingState.SHARED);
	}

	/** Deletes the result's reply, refusing when there is none (any more): the first choice about it wins. */
	private void takeReply(ResultKey partner) {
		if (this.replies.deleteByKeyHash(partner.hash()) == 0) {
			throw new PairingRefusedException("Nothing to decide");
		}
	}

	private Pairing agreedTo(ResultKey inviter) {
		return pairingOf(inviter, (pairing) -> pairing.isInviter(inviter.hash())
				&& pairing.state() == PairingState.AGREED && !pairing.expiredOn(today()))
			.orElseThrow(() -> new PairingRefusedException("Nobody has shared"));
	}

	private int latestAttempt(ResultKey key) {
		return this.questionnaire.find(key).map(StoredHistory::count)
			.orElseThrow(() -> new PairingRefusedException("The result is gone"));
	}

	private Optional<Pairing> pairingOf(ResultKey key, Predicate<Pairing> which) {
		return this.pairings.findByEitherKeyHash(key.hash()).stream().filter(which).findFirst();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
