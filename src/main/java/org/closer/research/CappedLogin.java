package org.closer.research;

import java.time.Duration;
import java.util.concurrent.Semaphore;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * The researcher's login with at most so many password checks running at once: an attempt beyond is
 * refused at once rather than queued, so guesses from many addresses cannot take every processor
 * from the site's readers (a BCrypt check at cost 12 takes a quarter of a second).
 */
final class CappedLogin implements AuthenticationProvider {

	/** How long a client refused because every check was busy is asked to wait. */
	static final Duration BUSY = Duration.ofSeconds(1);

	private final AuthenticationProvider login;

	private final Semaphore checks;

	CappedLogin(AuthenticationProvider login, int concurrentChecks) {
		this.login = login;
		this.checks = new Semaphore(concurrentChecks);
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		if (!this.checks.tryAcquire()) {
			throw new Busy();
		}
		try {
			return this.login.authenticate(attempt);
		}
		finally {
			this.checks.release();
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return this.login.supports(authentication);
	}

	/** A login attempt refused unchecked because every check was busy. */
	static final class Busy extends AuthenticationException {

		Busy() {
			super("Every password check is busy");
		}

	}

}
