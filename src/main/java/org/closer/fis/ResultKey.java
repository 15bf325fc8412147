package org.closer.fis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The private key in a result's address: 128 random bits as 22 URL-safe Base64 characters. Only its
 * SHA-256 is stored, so the database alone cannot open anyone's result.
 */
public final class ResultKey {

	private static final int RANDOM_BYTES = 16;

	private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{21}[AQgw]");

	private final String value;

	/** Worked out once: a page asks for it several times, for its own queries and its sections'. */
	private final String hash;

	private ResultKey(String value) {
		this.value = value;
		this.hash = sha256(value);
	}

	/** A new key from the given source of randomness. */
	public static ResultKey generate(SecureRandom random) {
		byte[] bytes = new byte[RANDOM_BYTES];
		random.nextBytes(bytes);
		return new ResultKey(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
	}

	/**
	 * The key in an address, if it has the shape of one: exactly 22 URL-safe characters that encode
	 * 128 bits. Anything else (too long, too short, other characters) is no key.
	 */
	public static Optional<ResultKey> parse(String candidate) {
		if (candidate == null || !SHAPE.matcher(candidate).matches()) {
			return Optional.empty();
		}
		return Optional.of(new ResultKey(candidate));
	}

	/** The SHA-256 of the key, as 64 lower-case hex digits: what the database stores. */
	public String hash() {
		return this.hash;
	}

	private static String sha256(String value) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/** The key as it appears in the address. */
	@Override
	public String toString() {
		return this.value;
	}

}
