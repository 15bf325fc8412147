package org.closer.fis;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a complete response as the first attempt under a new private key, or as the next attempt
 * under a key a visitor already has, and finds or deletes a key's whole history.
 */
@Service
public class QuestionnaireService {

	private final FisResponseRepository responses;

	private final Instrument instrument;

	private final Scoring scoring;

	private final SecureRandom random;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	QuestionnaireService(FisResponseRepository responses, Instrument instrument, Scoring scoring, SecureRandom random,
			Clock clock, ApplicationEventPublisher events) {
		this.responses = responses;
		this.instrument = instrument;
		this.scoring = scoring;
		this.random = random;
		this.clock = clock;
		this.events = events;
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
	 * Scores and stores 35 answers as the next attempt in the key's history; false, storing nothing,
	 * when the key opens no history. Two attempts sent at once under one key cannot both take the same
	 * number: the database refuses the second, which the caller may send again.
	 */
	@Transactional
	public boolean retake(ResultKey key, List<Integer> answers, boolean researchConsent) {
		List<FisResponse> history = this.responses.findByKeyHashOrderByAttempt(key.hash());
		if (history.isEmpty()) {
			return false;
		}
		store(key, history.get(history.size() - 1).attempt() + 1, answers, researchConsent);
		return true;
	}

	private void store(ResultKey key, int attempt, List<Integer> answers, boolean researchConsent) {
		Score score = this.scoring.score(answers);
		this.responses.save(new FisResponse(key, attempt, this.instrument.version(), answers, score, researchConsent,
				LocalDate.now(this.clock)));
	}

	/** Every attempt under the key with the latest one's score, if the key opens a history. */
	@Transactional(readOnly = true)
	public Optional<StoredHistory> find(ResultKey key) {
		return findByKeyHash(key.hash());
	}

	/** Every attempt stored under a key's hash, for a feature that holds only the hash of another's key. */
	@Transactional(readOnly = true)
	public Optional<StoredHistory> findByKeyHash(String keyHash) {
		List<FisResponse> attempts = this.responses.findByKeyHashOrderByAttempt(keyHash);
		if (attempts.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new StoredHistory(attempts, this.scoring.score(attempts.get(attempts.size() - 1).answers())));
	}

	/** Deletes every attempt the key opens, and what refers to them, for good; false when there was none. */
	@Transactional
	public boolean delete(ResultKey key) {
		if (this.responses.deleteByKeyHash(key.hash()) == 0) {
			return false;
		}
		this.events.publishEvent(new ResultDeleted(key.hash()));
		return true;
	}

	/**
	 * A history read back: its attempts and the latest one's score.
	 *
	 * @param attempts the stored rows, the first attempt first; never empty
	 * @param latestScore the latest attempt's score under the current instrument and bands
	 */
	public record StoredHistory(List<FisResponse> attempts, Score latestScore) {

		public StoredHistory {
			attempts = List.copyOf(attempts);
		}

		/** The latest attempt. */
		public FisResponse latest() {
			return this.attempts.get(this.attempts.size() - 1);
		}

	}

}
