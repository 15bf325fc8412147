package org.closer.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The style sheet's blocks are balanced: a brace closed twice makes a browser drop the rule after it,
 * and one never closed swallows every rule below it into a media query.
 */
class StyleSheetTest {

	@Test
	void shouldCloseEveryBlockOnceAndOnlyOnce() throws IOException {
		String css;
		try (InputStream in = getClass().getResourceAsStream("/static/assets/site.css")) {
			css = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
		}
		int depth = 0;
		int line = 1;
		for (char c : css.toCharArray()) {
			line += (c == '\n') ? 1 : 0;
			depth += (c == '{') ? 1 : (c == '}') ? -1 : 0;
			assertThat(depth).as("open blocks after line %d (comments removed)", line).isNotNegative();
		}
		assertThat(depth).as("blocks left open at the end").isZero();
	}

}
