package org.closer.together;

import java.time.Clock;
import java.time.LocalDate;

import org.closer.fis.ResultDeleted;

import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes what no one can use any more: the pairings and the reply of a deleted result, invitations
 * that ran out with their replies, and replies to invitations someone already shared through.
 */
@Component
class PairingCleanup {

	private final PairingRepository pairings;

	private final ReplyRepository replies;

	private final Clock clock;

	PairingCleanup(PairingRepository pairings, ReplyRepository replies, Clock clock) {
		this.pairings = pairings;
		this.replies = replies;
		this.clock = clock;
	}

	/** Deleting a result ends every pairing it takes part in and its reply, in the same transaction. */
	@EventListener
	void forget(ResultDeleted deleted) {
		this.pairings.deleteByEitherKeyHash(deleted.keyHash());
		this.replies.deleteByKeyHash(deleted.keyHash());
	}

	/** Once a day, removes the invitations that ran out unshared, by their own rule, and the replies left behind. */
	@Scheduled(cron = "0 17 3 * * *", zone = "UTC")
	@Transactional
	public void removeExpired() {
		LocalDate today = LocalDate.now(this.clock);
		this.pairings.findByStateNot(PairingState.SHARED)
			.stream()
			.filter((pairing) -> pairing.expiredOn(today))
			.forEach(this.pairings::delete);
		this.replies.deleteStale();
	}

}
