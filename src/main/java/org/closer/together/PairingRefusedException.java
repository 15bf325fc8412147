package org.closer.together;

/** A step the pairing cannot take now: sharing twice, inviting while an invitation is open, and so on. */
class PairingRefusedException extends RuntimeException {

	PairingRefusedException(String reason) {
		super(reason);
	}

}
