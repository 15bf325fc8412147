package org.closer.together;

/** Where an invitation to compare stands. */
enum PairingState {

	/** The link is out; any number of results may have answered through it, none has shared. */
	INVITED,

	/** One who answered agreed to share; the inviter has not yet said whether to compare. */
	AGREED,

	/**
	 * The inviter said no to a share; kept only until the invitation would have run out, so that to the
	 * other side it looks exactly as if the inviter had not yet answered.
	 */
	SET_ASIDE,

	/** Both agreed: each sees the comparison through their own link. */
	SHARED

}
