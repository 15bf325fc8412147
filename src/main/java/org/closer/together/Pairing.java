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

/**
 * An invitation to compare two results and, once both agree, their pairing: the hash of the
 * invitation's token and of each result's key, the state and two dates. Nothing else about anyone.
 */
@Entity
@Table(name = "fis_pairing")
class Pairing {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "token_hash", nullable = false, updatable = false, length = 64)
	private String tokenHash;

	@Column(name = "inviter_key_hash", nullable = false, updatable = false, length = 64)
	private String inviterKeyHash;

	@Column(name = "partner_key_hash", length = 64)
	private String partnerKeyHash;

	@Enumerated(EnumType.STRING)
	@Column(name = "state", nullable = false, length = 16)
	private PairingState state;

	@Column(name = "invited_on", nullable = false, updatable = false)
	private LocalDate invitedOn;

	@Column(name = "expires_on", nullable = false, updatable = false)
	private LocalDate expiresOn;

	protected Pairing() {
	}

	Pairing(String tokenHash, String inviterKeyHash, LocalDate invitedOn, LocalDate expiresOn) {
		this.tokenHash = tokenHash;
		this.inviterKeyHash = inviterKeyHash;
		this.state = PairingState.INVITED;
		this.invitedOn = invitedOn;
		this.expiresOn = expiresOn;
	}

	Long id() {
		return this.id;
	}

	String inviterKeyHash() {
		return this.inviterKeyHash;
	}

	String partnerKeyHash() {
		return this.partnerKeyHash;
	}

	PairingState state() {
		return this.state;
	}

	boolean isShared() {
		return this.state == PairingState.SHARED;
	}

	/** Whether the invitation has run out on the given day; a shared pairing never does. */
	boolean expiredOn(LocalDate today) {
		return this.state != PairingState.SHARED && !today.isBefore(this.expiresOn);
	}

	/** The other side of the pairing, seen from the result with the given key hash. */
	String otherThan(String keyHash) {
		return keyHash.equals(this.inviterKeyHash) ? this.partnerKeyHash : this.inviterKeyHash;
	}

	void answeredBy(String keyHash) {
		this.partnerKeyHash = keyHash;
		this.state = PairingState.ANSWERED;
	}

	void decide(boolean share) {
		this.state = share ? PairingState.SHARED : PairingState.DECLINED;
	}

}
