package org.closer.together;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An invitation to compare two results and, once both agree, their pairing: the hash of the
 * invitation's token and of each result's key, the state, the day it runs out, the attempt of each side
 * that both agreed to compare and any newer attempt a side offers. Nothing else about anyone. Its
 * version makes every change happen once, however many arrive at the same moment.
 */
@Entity
@Table(name = "fis_pairing")
class Pairing {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private int version;

	@Column(name = "token_hash", nullable = false, updatable = false, length = 64)
	private String tokenHash;

	@Column(name = "inviter_key_hash", nullable = false, updatable = false, length = 64)
	private String inviterKeyHash;

	@Column(name = "partner_key_hash", length = 64)
	private String partnerKeyHash;

	@Enumerated(EnumType.STRING)
	@Column(name = "state", nullable = false, length = 16)
	private PairingState state;

	@Column(name = "expires_on", nullable = false, updatable = false)
	private LocalDate expiresOn;

	@Column(name = "inviter_attempt", nullable = false)
	private int inviterAttempt;

	@Column(name = "partner_attempt")
	private Integer partnerAttempt;

	@Column(name = "inviter_offer")
	private Integer inviterOffer;

	@Column(name = "partner_offer")
	private Integer partnerOffer;

	protected Pairing() {
	}

	/** An invitation from a result whose latest attempt, as it is now, is the one it would compare. */
	Pairing(String tokenHash, String inviterKeyHash, int inviterAttempt, LocalDate expiresOn) {
		this.tokenHash = tokenHash;
		this.inviterKeyHash = inviterKeyHash;
		this.inviterAttempt = inviterAttempt;
		this.state = PairingState.INVITED;
		this.expiresOn = expiresOn;
	}

	long id() {
		return this.id;
	}

	PairingState state() {
		return this.state;
	}

	/** Whether the invitation has run out on the given day; a shared pairing never does. */
	boolean expiredOn(LocalDate today) {
		return this.state != PairingState.SHARED && !today.isBefore(this.expiresOn);
	}

	/** Whether the invitation takes answers and shares on the given day. */
	boolean isOpenOn(LocalDate today) {
		return this.state == PairingState.INVITED && !expiredOn(today);
	}

	/** Whether the result with the given key hash made the invitation. */
	boolean isInviter(String keyHash) {
		return this.inviterKeyHash.equals(keyHash);
	}

	/** The other side of the pairing, seen from the result with the given key hash. */
	String otherThan(String keyHash) {
		return isInviter(keyHash) ? this.partnerKeyHash : this.inviterKeyHash;
	}

	/** One who answered agrees to share their attempt as it is now. */
	void agreedBy(String keyHash, int attempt) {
		this.partnerKeyHash = keyHash;
		this.partnerAttempt = attempt;
		this.state = PairingState.AGREED;
	}

	/** The inviter agrees too, with the attempt they invited with: the comparison opens. */
	void confirm() {
		this.state = PairingState.SHARED;
	}

	/** The inviter says no to the share. */
	void setAside() {
		this.state = PairingState.SET_ASIDE;
	}

	/** The attempt the side with the given key hash agreed to compare. */
	int agreedAttempt(String keyHash) {
		return isInviter(keyHash) ? this.inviterAttempt : this.partnerAttempt;
	}

	/** The newer attempt the side with the given key hash offers to compare, or null. */
	Integer offeredBy(String keyHash) {
		return isInviter(keyHash) ? this.inviterOffer : this.partnerOffer;
	}

	/**
	 * The side with the given key hash offers its latest attempt, newer than the one compared; once the
	 * other side has offered a newer one too, both offers become the compared attempts. True when the
	 * comparison changed.
	 */
	boolean offer(String keyHash, int latest) {
		Integer other = offeredBy(otherThan(keyHash));
		if (other == null) {
			if (isInviter(keyHash)) {
				this.inviterOffer = latest;
			}
			else {
				this.partnerOffer = latest;
			}
			return false;
		}
		this.inviterAttempt = isInviter(keyHash) ? latest : other;
		this.partnerAttempt = isInviter(keyHash) ? other : latest;
		this.inviterOffer = null;
		this.partnerOffer = null;
		return true;
	}

}
