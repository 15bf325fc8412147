package org.closer.path;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** That a link has started the path, and from which of its attempts: the scale as it was before the sessions. */
@Entity
@Table(name = "fis_path")
class StartedPath {

	@Id
	@Column(name = "key_hash", length = 64)
	private String keyHash;

	@Column(name = "started_from", nullable = false)
	private int startedFrom;

	protected StartedPath() {
	}

	StartedPath(String keyHash, int startedFrom) {
		this.keyHash = keyHash;
		this.startedFrom = startedFrom;
	}

}
