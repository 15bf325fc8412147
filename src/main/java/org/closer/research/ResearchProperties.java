package org.closer.research;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The one login for researchers, and how hard it is to guess. Without a password hash the research
 * pages do not exist at all: there is never a default password.
 *
 * @param username the researcher's user name
 * @param passwordHash the BCrypt hash of the researcher's password (never the password itself)
 * @param maxFailures how many failed logins one client address may make in a window before its
 * further attempts are refused unchecked
 * @param failureWindow how long those failures count
 * @param concurrentChecks how many passwords are checked at once; attempts beyond are refused at once
 * rather than queued, so that guesses from many addresses cannot take the processors from readers
 */
@ConfigurationProperties("closer.research")
public record ResearchProperties(String username, String passwordHash, @DefaultValue("10") int maxFailures,
		@DefaultValue("10m") Duration failureWindow, @DefaultValue("1") int concurrentChecks) {

	private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$(\\d{2})\\$[./A-Za-z0-9]{53}");

	public ResearchProperties {
		if (passwordHash != null && !passwordHash.isBlank()) {
			if (!BCRYPT.matcher(passwordHash).matches()) {
				throw new IllegalArgumentException("closer.research.password-hash must be a BCrypt hash ($2a$, $2b$ or $2y$)");
			}
			if (username == null || username.isBlank()) {
				throw new IllegalArgumentException("closer.research.username is required with a password hash");
			}
		}
		if (maxFailures < 1 || failureWindow.isNegative() || failureWindow.isZero() || concurrentChecks < 1) {
			throw new IllegalArgumentException(
					"closer.research.max-failures and concurrent-checks must be at least 1, failure-window positive");
		}
	}

	/**
	 * The cost of the configured hash, so that a login with an unknown user name is checked against a
	 * placeholder of the same cost and takes as long as a wrong password.
	 */
	int passwordCost() {
		Matcher hash = BCRYPT.matcher(this.passwordHash);
		if (!hash.matches()) {
			throw new IllegalStateException("No BCrypt hash is configured");
		}
		return Integer.parseInt(hash.group(1));
	}

}
