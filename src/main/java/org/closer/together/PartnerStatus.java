package org.closer.together;

/** What a result page says about comparing with a partner. */
public enum PartnerStatus {

	/** No invitation open and nothing shared: the visitor may invite. */
	NONE("none"),

	/**
	 * Waiting for the other side: an invitation is out (answered or not, declined or not: it all looks
	 * the same to the inviter), or the visitor agreed to share and the inviter has not yet said yes.
	 */
	WAITING("waiting"),

	/**
	 * A choice is the visitor's: they answered an invitation and may share or not, or someone answered
	 * theirs and agreed to share, and they may compare or not.
	 */
	ASKED("asked"),

	/** Both agreed: the comparison is open to both. */
	SHARED("shared");

	private final String id;

	PartnerStatus(String id) {
		this.id = id;
	}

	/** The status's name in pages and messages. */
	public String id() {
		return this.id;
	}

}
