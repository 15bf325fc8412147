package org.closer.together;

/** No open invitation answers this token: it is malformed, never existed, was cancelled or was used. */
class InvitationNotFoundException extends RuntimeException {

	InvitationNotFoundException() {
		super("No open invitation", null, false, false);
	}

}
