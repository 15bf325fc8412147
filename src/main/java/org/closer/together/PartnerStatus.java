package org.closer.together;

/** What a result page says about comparing with a partner. */
public enum PartnerStatus {

	/** No invitation open and nothing shared: the visitor may invite. */
	NONE("none"),

	/** An invitation is out (answered or not, declined or not: it all looks the same to the inviter). */
	WAITING("waiting"),

	/** This result answered an invitation and may now share it or not. */
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
