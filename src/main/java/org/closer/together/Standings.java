package org.closer.together;

import java.time.Clock;
import java.time.LocalDate;

import org.closer.fis.ResultKey;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Works out where comparing stands for a result from its pairings and its reply. An invitation's
 * inviter sees it waiting, whatever has happened through its link, until someone shares; a result that
 * shared sees it waiting, whatever the inviter has said, until the inviter agrees.
 */
@Component
class Standings {

	private final PairingRepository pairings;

	private final ReplyRepository replies;

	private final Clock clock;

	Standings(PairingRepository pairings, ReplyRepository replies, Clock clock) {
		this.pairings = pairings;
		this.replies = replies;
		this.clock = clock;
	}

	/** Where comparing stands for the result with this key. */
	@Transactional(readOnly = true)
	Standing of(ResultKey key) {
		String hash = key.hash();
		LocalDate today = LocalDate.now(this.clock);
		Standing standing = Standing.NONE;
		for (Pairing pairing : this.pairings.findByEitherKeyHash(hash)) {
			if (pairing.state() == PairingState.SHARED) {
				return new Standing(PartnerStatus.SHARED, pairing.isInviter(hash));
			}
			if (!pairing.expiredOn(today)) {
				standing = more(standing, standingIn(pairing, hash));
			}
		}
		boolean asked = this.replies.findByKeyHash(hash)
			.flatMap((reply) -> this.pairings.findById(reply.pairingId()))
			.filter((pairing) -> pairing.isOpenOn(today))
			.isPresent();
		return asked ? more(standing, new Standing(PartnerStatus.ASKED, false)) : standing;
	}

	private static Standing standingIn(Pairing pairing, String hash) {
		if (pairing.isInviter(hash)) {
			return switch (pairing.state()) {
				case INVITED -> new Standing(PartnerStatus.WAITING, true);
				case AGREED -> new Standing(PartnerStatus.ASKED, true);
				default -> Standing.NONE;
			};
		}
		return new Standing(PartnerStatus.WAITING, false);
	}

	/** The standing that asks more of the visitor: a choice before waiting, waiting before nothing. */
	private static Standing more(Standing one, Standing other) {
		return (other.status().ordinal() > one.status().ordinal()) ? other : one;
	}

}
