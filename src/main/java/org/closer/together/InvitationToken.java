package org.closer.together;

import java.security.SecureRandom;
import java.util.Optional;

import org.closer.fis.ResultKey;

/**
 * The secret in an invitation's link: 128 random bits in the same shape as a result's key, of which
 * only the SHA-256 is stored.
 */
final class InvitationToken {

	private final ResultKey secret;

	private InvitationToken(ResultKey secret) {
		this.secret = secret;
	}

	static InvitationToken generate(SecureRandom random) {
		return new InvitationToken(ResultKey.generate(random));
	}

	/** The token in an address, if it has the shape of one. */
	static Optional<InvitationToken> parse(String candidate) {
		return ResultKey.parse(candidate).map(InvitationToken::new);
	}

	String hash() {
		return this.secret.hash();
	}

	@Override
	public String toString() {
		return this.secret.toString();
	}

}
