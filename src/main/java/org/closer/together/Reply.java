package org.closer.together;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A result made through an invitation's link, whose giver has not yet said whether to share it: the
 * invitation it answers and the hash of its key. Declining deletes it, and nothing else changes.
 */
@Entity
@Table(name = "fis_pairing_reply")
class Reply {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "pairing_id", nullable = false, updatable = false)
	private long pairingId;

	@Column(name = "key_hash", nullable = false, updatable = false, length = 64)
	private String keyHash;

	protected Reply() {
	}

	Reply(long pairingId, String keyHash) {
		this.pairingId = pairingId;
		this.keyHash = keyHash;
	}

	long pairingId() {
		return this.pairingId;
	}

}
