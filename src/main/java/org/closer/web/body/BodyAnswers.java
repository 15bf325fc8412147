package org.closer.web.body;

import java.util.Locale;

import org.springframework.context.MessageSource;

/** The sentences a sender reads when a body is refused or came too slowly, answered before any page could be rendered. */
final class BodyAnswers {

	private final MessageSource messages;

	BodyAnswers(MessageSource messages) {
		this.messages = messages;
	}

	/** The sentence for a 400, a 408 or a 413. */
	String sentence(int status) {
		return this.messages.getMessage("error." + status + ".plain", null, Locale.ENGLISH);
	}

}
