package org.closer.fis;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ResultKeyTest {

	@Test
	void shouldMakeUniqueTwentyTwoCharacterUrlSafeKeysThatParseBack() {
		SecureRandom random = new SecureRandom();
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			String key = ResultKey.generate(random).toString();
			assertThat(key).hasSize(22).matches("[A-Za-z0-9_-]+");
			assertThat(ResultKey.parse(key)).map(ResultKey::toString).hasValue(key);
			keys.add(key);
		}

		assertThat(keys).hasSize(10_000);
	}

	@Test
	void shouldHashTheKeyIntoSixtyFourHexDigits() {
		ResultKey key = ResultKey.parse("AAAAAAAAAAAAAAAAAAAAAA").orElseThrow();

		assertThat(key.hash()).hasSize(64).matches("[0-9a-f]+").isNotEqualTo(ResultKey.parse("AAAAAAAAAAAAAAAAAAAAAQ").orElseThrow().hash());
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "short", "AAAAAAAAAAAAAAAAAAAAAAA", "AAAAAAAAAAAAAAAAAAAAA=", "AAAAAAAAAAAAAAAAAAAA/A",
			"../../../../etc/passwd", "AAAAAAAAAAAAAAAAAAAAAB", "ÄAAAAAAAAAAAAAAAAAAAAA" })
	void shouldRefuseAnythingThatIsNotTheShapeOfAKey(String candidate) {
		assertThat(ResultKey.parse(candidate)).isEmpty();
	}

}
