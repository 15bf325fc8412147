package org.closer.together;

/** Whether a comparison could show newer answers, seen from one side: what its page offers. */
enum NewerAnswers {

	/** Neither side offers newer answers, and this side has none. */
	NONE("none"),

	/** This side has taken the scale again since both agreed, and may offer its newer answers. */
	YOURS("yours"),

	/** This side offered its newer answers; the comparison changes once the other side agrees too. */
	OFFERED("offered"),

	/** The other side offered its newer answers; this side may agree, with its answers as they are now. */
	THEIRS("theirs");

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
		if (pairing.offeredBy(pairing.otherThan(keyHash)) != null) {
			return THEIRS;
		}
		if (pairing.offeredBy(keyHash) != null) {
			return OFFERED;
		}
		return (latest > pairing.agreedAttempt(keyHash)) ? YOURS : NONE;
	}

}
