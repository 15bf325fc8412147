package org.closer.together;

/** Whether a comparison could show newer answers, seen from one side: what its page offers. */
enum NewerAnswers {

	/** Neither side offers newer answers, and this side has none. */
	NONE("none"),

	/** This side has taken the scale again since both agreed, and may offer its newer answers. */
	YOURS("yours"),

	/** This side offered its newer answers; the comparison changes once the other side agrees too. */
	OFFERED("offered"),

	/** The other side offered its newer answers and this side has newer ones too: it may offer them. */
	THEIRS("theirs"),

	/** The other side offered its newer answers; this side has none to offer until it takes the scale again. */
	THEIRS_FIRST("theirs-first");

	private final String id;

	NewerAnswers(String id) {
		this.id = id;
	}

	/** The name in pages and messages. */
	String id() {
		return this.id;
	}

	/** What the side with the given key hash, whose latest attempt is given, may do about newer answers. */
	static NewerAnswers of(Pairing pairing, String keyHash, int latest) {
		boolean newer = latest > pairing.agreedAttempt(keyHash);
		if (pairing.offeredBy(pairing.otherThan(keyHash)) != null) {
			return newer ? THEIRS : THEIRS_FIRST;
		}
		if (pairing.offeredBy(keyHash) != null) {
			return OFFERED;
		}
		return newer ? YOURS : NONE;
	}

}
