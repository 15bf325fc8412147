package org.closer.fis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Stores responses that arrive together in one transaction, so one durable commit covers them all:
 * each caller returns only once the commit holding its response is done. When a group fails, each of
 * its responses is tried alone, so one bad row fails only its own caller and nothing is ever
 * acknowledged that was not stored.
 */
@Component
class GroupCommit {

	/** The most responses one transaction holds; the rest wait for the next. */
	static final int MAX_GROUP = 64;

	private final FisResponseRepository responses;

	private final TransactionOperations transactions;

	private final ConcurrentLinkedQueue<Waiting> queue = new ConcurrentLinkedQueue<>();

	/** Held by the one caller that commits a group; the others queue behind it, then find theirs done. */
	private final ReentrantLock committing = new ReentrantLock();

	GroupCommit(FisResponseRepository responses, TransactionOperations transactions) {
		this.responses = responses;
		this.transactions = transactions;
	}

	/** Stores the response and returns once its commit is durable; throws what the commit threw. */
	void store(FisResponse response) {
		Waiting waiting = new Waiting(response);
		this.queue.add(waiting);
		boolean settled;
		do {
			this.committing.lock();
			try {
				if (!waiting.settled) {
					commitGroup();
				}
				settled = waiting.settled;
			}
			finally {
				this.committing.unlock();
			}
		}
		while (!settled);
		if (waiting.failure != null) {
			throw waiting.failure;
		}
	}

	private void commitGroup() {
		List<Waiting> group = new ArrayList<>();
		for (Waiting next = this.queue.poll(); next != null; next = group.size() < MAX_GROUP ? this.queue.poll() : null) {
			group.add(next);
		}
		if (!commit(group) && group.size() > 1) {
			group.forEach((waiting) -> commit(List.of(waiting)));
		}
	}

	/** Commits the group in one transaction and settles each of its callers; false when it failed. */
	private boolean commit(List<Waiting> group) {
		RuntimeException failure = null;
		try {
			this.transactions.executeWithoutResult((status) -> group.forEach((w) -> this.responses.save(w.response)));
		}
		catch (RuntimeException ex) {
			failure = ex;
		}
		for (Waiting waiting : group) {
			waiting.failure = failure;
			waiting.settled = true;
		}
		return failure == null;
	}

	/** A response waiting for its commit; written and read only under the lock. */
	private static final class Waiting {

		private final FisResponse response;

		private boolean settled;

		private RuntimeException failure;

		private Waiting(FisResponse response) {
			this.response = response;
		}

	}

}
