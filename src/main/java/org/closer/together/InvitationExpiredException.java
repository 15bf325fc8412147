package org.closer.together;

/** The invitation existed but has run out. */
class InvitationExpiredException extends RuntimeException {

	InvitationExpiredException() {
		super("The invitation has expired", null, false, false);
	}

}
