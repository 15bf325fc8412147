package org.closer.path;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A session a link marked done: on which day (never a time of day) and the check-in, if one was given. */
@Entity
@Table(name = "fis_path_session")
class DoneSession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "key_hash", length = 64, nullable = false)
	private String keyHash;

	@Column(name = "session", nullable = false)
	private int session;

	@Column(name = "done_on", nullable = false)
	private LocalDate doneOn;

	@Column(name = "closeness")
	private Integer closeness;

	protected DoneSession() {
	}

	DoneSession(String keyHash, int session, LocalDate doneOn, Integer closeness) {
		this.keyHash = keyHash;
		this.session = session;
		this.doneOn = doneOn;
		this.closeness = closeness;
	}

}
