package org.closer.together;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every state of newer answers the comparison page can show has its words, and every state that offers
 * them has its button, as {@code together/compare.html} makes their keys from the state's name.
 */
class NewerAnswersMessagesTest {

	@Test
	void shouldHaveWordsForEveryStateShownAndAButtonForEveryStateThatOffers() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}

		for (NewerAnswers newer : EnumSet.complementOf(EnumSet.of(NewerAnswers.NONE))) {
			assertThat(messages).as("words for %s", newer).containsKey("together.compare.newer." + newer.id());
		}
		for (NewerAnswers offering : EnumSet.of(NewerAnswers.YOURS, NewerAnswers.THEIRS)) {
			assertThat(messages).as("a button for %s", offering).containsKey("together.renew." + offering.id());
		}
	}

}
