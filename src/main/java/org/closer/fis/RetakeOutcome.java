package org.closer.fis;

/** What became of answers sent to be the next attempt of a history. */
public enum RetakeOutcome {

	/** Stored as the next attempt. */
	STORED,

	/** The key opens no history; nothing was stored. */
	NO_HISTORY,

	/** The history already holds as many attempts as one link may; nothing was stored. */
	FULL

}
