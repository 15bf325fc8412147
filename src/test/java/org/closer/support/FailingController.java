package org.closer.support;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Fails on purpose, to show what a visitor sees when the site breaks. A test component, so scanning
 * skips it: only {@link RealPortTest} imports it.
 */
@TestComponent
@RestController
public class FailingController {

	/** Where it fails. */
	public static final String PATH = "/test-only/fail";

	/** What its exception says, which must never reach a visitor. */
	public static final String SECRET = "secret internal detail";

	@GetMapping(PATH)
	String fail() {
		throw new IllegalStateException(SECRET);
	}

}
