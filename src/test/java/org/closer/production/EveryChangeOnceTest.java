package org.closer.production;

import org.closer.support.RealPortTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Every state change once, on the embedded H2 database, and nothing logged while the requests race. */
@RealPortTest
@ExtendWith(OutputCaptureExtension.class)
class EveryChangeOnceTest extends EveryChangeOnce {

	private int logged;

	@BeforeEach
	void markTheLog(CapturedOutput output) {
		this.logged = output.getAll().length();
	}

	@AfterEach
	void logNothingWhileTheRequestsRace(CapturedOutput output) {
		assertThat(output.getAll().substring(this.logged)).doesNotContain(" WARN ").doesNotContain(" ERROR ");
	}

}
