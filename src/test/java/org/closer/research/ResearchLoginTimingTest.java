package org.closer.research;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.closer.support.RealPortTest;
import org.closer.support.SiteClient;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.verify;

/**
 * An unknown user name costs the same as a wrong password: both are checked against a BCrypt hash of
 * the configured hash's cost, so the time of the answer does not tell whether the name exists. The
 * configured cost here (5) is unlike any default.
 */
@RealPortTest
class ResearchLoginTimingTest {

	private static final String HASH = new BCryptPasswordEncoder(5).encode("open sesame");

	@MockitoSpyBean
	private PasswordEncoder researchPasswords;

	@Autowired
	private SiteClient site;

	@DynamicPropertySource
	static void aResearcherWithAHashOfCostFive(DynamicPropertyRegistry registry) {
		registry.add("closer.research.username", () -> "researcher");
		registry.add("closer.research.password-hash", () -> HASH);
	}

	@Test
	void shouldCheckAnUnknownNameAgainstAHashOfTheConfiguredCost() {
		assertThat(login("researcher", "a wrong one")).isEqualTo(401);
		assertThat(login("nobody", "a wrong one")).isEqualTo(401);

		ArgumentCaptor<String> hashes = ArgumentCaptor.forClass(String.class);
		verify(this.researchPasswords, atLeast(2)).matches(any(), hashes.capture());
		List<String> costs = hashes.getAllValues().stream().map((hash) -> hash.substring(0, 7)).toList();
		assertThat(costs).as("the real hash and the placeholder").hasSizeGreaterThanOrEqualTo(2).containsOnly("$2a$05$");
	}

	private int login(String user, String password) {
		String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		return this.site.get("/research/responses.csv", "Authorization", "Basic " + credentials).statusCode();
	}

}
