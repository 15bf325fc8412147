package org.closer.fis;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One stored, anonymous response: the hash of its key, which attempt in that key's history it is, the
 * instrument version, the 35 raw answers, the total, the research consent and the day it was given.
 * Nothing else about the person.
 */
@Entity
@Table(name = "fis_response")
class FisResponse {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "key_hash", nullable = false, updatable = false, length = 64)
	private String keyHash;

	/** 1 for the first response under a key, 2 for the next, and so on. */
	@Column(name = "attempt", nullable = false, updatable = false)
	private int attempt;

	@Column(name = "instrument_version", nullable = false, updatable = false, length = 40)
	private String instrumentVersion;

	/** The raw answers as 35 digits from 1 to 5, item 1 first. */
	@Column(name = "answers", nullable = false, updatable = false, length = 35)
	private String answers;

	@Column(name = "total", nullable = false, updatable = false)
	private int total;

	@Column(name = "research_consent", nullable = false, updatable = false)
	private boolean researchConsent;

	@Column(name = "submitted_on", nullable = false, updatable = false)
	private LocalDate submittedOn;

	protected FisResponse() {
	}

	FisResponse(ResultKey key, int attempt, String instrumentVersion, List<Integer> answers, Score score,
			boolean researchConsent, LocalDate submittedOn) {
		this.keyHash = key.hash();
		this.attempt = attempt;
		this.instrumentVersion = instrumentVersion;
		this.answers = AnswerDigits.encode(answers);
		this.total = score.total();
		this.researchConsent = researchConsent;
		this.submittedOn = submittedOn;
	}

	/** The raw answers, item 1 first. */
	List<Integer> answers() {
		return AnswerDigits.decode(this.answers);
	}

	int attempt() {
		return this.attempt;
	}

	LocalDate submittedOn() {
		return this.submittedOn;
	}

}
