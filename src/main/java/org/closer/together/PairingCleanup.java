package org.closer.together;

import java.time.Clock;
import java.time.LocalDate;

import org.closer.fis.ResultDeleted;

import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Removes pairings no one can use any more: those of a deleted result, and invitations that ran out. */
@Component
class PairingCleanup {

	private final PairingRepository pairings;

	private final Clock clock;

	PairingCleanup(PairingRepository pairings, Clock clock) {
		this.pairings = pairings;
		this.clock = clock;
	}

	/** Deleting either result ends every pairing it takes part in, in the same transaction. */
	@EventListener
	void forget(ResultDeleted deleted) {
		this.pairings.deleteByEitherKeyHash(deleted.keyHash());
	}

	/** Once a day, removes the invitations that ran out unshared. */
	@Scheduled(cron = "0 17 3 * * *", zone = "UTC")
	@Transactional
	public void removeExpired() {
		this.pairings.deleteExpired(LocalDate.now(this.clock));
	}

}
