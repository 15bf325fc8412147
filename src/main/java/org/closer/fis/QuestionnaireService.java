package org.closer.fis;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a complete response as the first attempt under a new private key, or as the next attempt
 * under a key a visitor already has (up to a limit per key), reads a key's history back, bounded, and
 * deletes it whole.
 */
@Service
public class QuestionnaireService {

	private final FisResponseRepository responses;

	private final Instrument instrument;

	private final Scoring scoring;

	private final SecureRandom random;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final FisProperties properties;

	QuestionnaireService(FisResponseRepository responses, Instrument instrument, Scoring scoring, SecureRandom random,
			Clock clock, ApplicationEventPublisher events, FisProperties properties) {
		this.responses = responses;
		this.instrument = instrument;
		this.scoring = scoring;
		this.random = random;
		this.clock = clock;
		this.events = events;
		this.properties = properties;
	}

	/**
	 * Scores and stores 35 answers with the visitor's research choice; returns the only key to the
	 * result once the response is committed.
	 */
	@Transactional
	public ResultKey submit(List<Integer> answers, boolean researchConsent) {
		ResultKey key = ResultKey.generate(this.random);
		store(key, 1, answers, researchConsent);
		return key;
	}

	/**
	 * Scores and stores 35 answers as the next attempt in the key's history, unless the key opens none
	 * or its history is full. Attempts sent at once under one key wait for each other on the history's
	 * lock in the database, so each takes the next number in turn.
	 */
	@Transactional
	public RetakeOutcome retake(ResultKey key, List<Integer> answers, boolean researchConsent) {
		if (!hold(key)) {
			return RetakeOutcome.NO_HISTORY;
		}
		int latest = this.responses.findLatestAttempt(key.hash()).orElseThrow();
		if (latest >= this.properties.maxAttempts()) {
			return RetakeOutcome.FULL;
		}
		store(key, latest + 1, answers, researchConsent);
		return RetakeOutcome.STORED;
	}

	/**
	 * Locks the key's history in the database until the current transaction ends, so that changes
	 * about one history, here or in another feature, on any instance, happen one after the other;
	 * false when the key opens no history.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean hold(ResultKey key) {
		return this.responses.findFirstByKeyHashOrderByAttempt(key.hash()).isPresent();
	}

	/** Whether the key's history holds as many attempts as one link may. */
	public boolean isFull(StoredHistory history) {
		return history.count() >= this.properties.maxAttempts();
	}

	private void store(ResultKey key, int attempt, List<Integer> answers, boolean researchConsent) {
		Score score = this.scoring.score(answers);
		this.responses.save(new FisResponse(key, attempt, this.instrument.version(), answers, score, researchConsent,
				LocalDate.now(this.clock)));
	}

	/** The first and the latest attempts under the key, with their count, if the key opens a history. */
	@Transactional(readOnly = true)
	public Optional<StoredHistory> find(ResultKey key) {
		return findByKeyHash(key.hash());
	}

	/** The same, for a feature that holds only the hash of another's key. */
	@Transactional(readOnly = true)
	public Optional<StoredHistory> findByKeyHash(String keyHash) {
		List<FisResponse> recent = this.responses.findByKeyHashOrderByAttemptDesc(keyHash,
				Limit.of(StoredHistory.RECENT));
		if (recent.isEmpty()) {
			return Optional.empty();
		}
		List<Attempt> shown = new ArrayList<>(recent.size() + 1);
		if (recent.get(recent.size() - 1).attempt() > 1) {
			this.responses.findByKeyHashAndAttempt(keyHash, 1).map(this::read).ifPresent(shown::add);
		}
		for (int i = recent.size() - 1; i >= 0; i--) {
			shown.add(read(recent.get(i)));
		}
		return Optional.of(new StoredHistory(shown, recent.get(0).attempt()));
	}

	/** One attempt stored under a key's hash, if there is such an attempt. */
	@Transactional(readOnly = true)
	public Optional<Attempt> attempt(String keyHash, int number) {
		return this.responses.findByKeyHashAndAttempt(keyHash, number).map(this::read);
	}

	private Attempt read(FisResponse response) {
		return new Attempt(response.attempt(), response.submittedOn(), response.answers(),
				this.scoring.score(response.answers()));
	}

	/**
	 * Deletes every attempt the key opens, and what refers to them, for good; false when there was none.
	 * It waits on the history's lock, so that an attempt stored at the same moment goes with the rest.
	 */
	@Transactional
	public boolean delete(ResultKey key) {
		if (!hold(key) || this.responses.deleteByKeyHash(key.hash()) == 0) {
			return false;
		}
		this.events.publishEvent(new ResultDeleted(key.hash()));
		return true;
	}

}
