package org.closer.fis;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores a complete response under a new private key, and finds or deletes it by that key. */
@Service
public class QuestionnaireService {

	private final FisResponseRepository responses;

	private final Instrument instrument;

	private final Scoring scoring;

	private final SecureRandom random;

	private final Clock clock;

	QuestionnaireService(FisResponseRepository responses, Instrument instrument, Scoring scoring, SecureRandom random,
			Clock clock) {
		this.responses = responses;
		this.instrument = instrument;
		this.scoring = scoring;
		this.random = random;
		this.clock = clock;
	}

	/**
	 * Scores and stores 35 answers with the visitor's research choice; returns the only key to the
	 * result once the response is committed.
	 */
	@Transactional
	public ResultKey submit(List<Integer> answers, boolean researchConsent) {
		Score score = this.scoring.score(answers);
		ResultKey key = ResultKey.generate(this.random);
		this.responses.save(new FisResponse(key, this.instrument.version(), answers, score, researchConsent,
				LocalDate.now(this.clock)));
		return key;
	}

	/** The stored response and its score, if the key opens one. */
	@Transactional(readOnly = true)
	public Optional<StoredResult> find(ResultKey key) {
		return this.responses.findByKeyHash(key.hash())
			.map((response) -> new StoredResult(response, this.scoring.score(response.answers())));
	}

	/** Deletes the response the key opens, for good; false when there was none. */
	@Transactional
	public boolean delete(ResultKey key) {
		return this.responses.deleteByKeyHash(key.hash()) > 0;
	}

	/**
	 * A response read back with its score.
	 *
	 * @param response the stored row
	 * @param score its score under the current instrument and bands
	 */
	public record StoredResult(FisResponse response, Score score) {
	}

}
