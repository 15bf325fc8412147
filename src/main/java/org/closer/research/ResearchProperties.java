package org.closer.research;

import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The one login for researchers. Without a password hash the research pages do not exist at all:
 * there is never a default password.
 *
 * @param username the researcher's user name
 * @param passwordHash the BCrypt hash of the researcher's password (never the password itself)
 */
@ConfigurationProperties("closer.research")
public record ResearchProperties(String username, String passwordHash) {

	private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d{2}\\$[./A-Za-z0-9]{53}");

	public ResearchProperties {
		if (passwordHash != null && !passwordHash.isBlank()) {
			if (!BCRYPT.matcher(passwordHash).matches()) {
				throw new IllegalArgumentException("closer.research.password-hash must be a BCrypt hash ($2a$, $2b$ or $2y$)");
			}
			if (username == null || username.isBlank()) {
				throw new IllegalArgumentException("closer.research.username is required with a password hash");
			}
		}
	}

}
