package org.closer.learn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.springframework.context.MessageSource;

/**
 * The one bank of questions two people can talk about, several per topic, from light to deeper: the
 * messages {@code conversation.{topic}.1}, {@code .2} and on. The comparison and the path both ask it,
 * so a question is written once and a page never shows one twice.
 */
public final class Conversations {

	private final MessageSource messages;

	private final Map<String, List<String>> byTopic = new ConcurrentHashMap<>();

	Conversations(MessageSource messages) {
		this.messages = messages;
	}

	/** The questions of a topic, such as {@code emotional}, lightest first; empty for a topic without any. */
	public List<String> questions(String topic) {
		return this.byTopic.computeIfAbsent(topic, this::read);
	}

	/**
	 * Gives each thing, in order, the next question of its topic that no thing before it got, so that
	 * no question appears twice among them; a thing whose topic has run out of questions gets none.
	 */
	public <T> Map<T, String> oneEach(List<T> things, Function<T, String> topicOf) {
		Map<String, Integer> given = new HashMap<>();
		Map<T, String> questions = new LinkedHashMap<>();
		for (T thing : things) {
			String topic = topicOf.apply(thing);
			int next = given.merge(topic, 1, Integer::sum) - 1;
			List<String> bank = questions(topic);
			if (next < bank.size()) {
				questions.put(thing, bank.get(next));
			}
		}
		return questions;
	}

	private List<String> read(String topic) {
		List<String> questions = new ArrayList<>();
		String question;
		while ((question = this.messages.getMessage("conversation." + topic + "." + (questions.size() + 1), null, null,
				Locale.ENGLISH)) != null) {
			questions.add(question);
		}
		return List.copyOf(questions);
	}

}
