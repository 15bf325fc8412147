package org.closer.together;

/** Where an invitation to compare stands. */
enum PairingState {

	/** The link is out; nobody has answered through it yet. */
	INVITED,

	/** The partner has answered and not yet decided whether to share. */
	ANSWERED,

	/** The partner chose not to share; to the inviter this looks exactly like silence. */
	DECLINED,

	/** Both agreed: each sees the comparison through their own link. */
	SHARED

}
