package org.closer.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.closer.fis.Topic;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The one bank of questions to talk about: several for every topic, none written twice, none given twice on a page. */
class ConversationsTest {

	private final Conversations conversations = new Conversations(messages());

	@Test
	void shouldHoldSeveralQuestionsForEveryTopicAStatementOrASessionTakes() {
		List<String> topics = new ArrayList<>(Stream.of(Topic.values()).map(Topic::id).toList());
		topics.add("sexual");
		List<String> all = new ArrayList<>();
		for (String topic : topics) {
			assertThat(this.conversations.questions(topic)).as(topic).hasSizeGreaterThanOrEqualTo(3);
			all.addAll(this.conversations.questions(topic));
		}
		assertThat(all).as("no question written twice").doesNotHaveDuplicates();
		assertThat(this.conversations.questions("no-such-topic")).isEmpty();
	}

	@Test
	void shouldGiveEachStatementOfOneTopicANewQuestionUntilTheTopicRunsOut() {
		List<String> statements = List.of("a", "b", "c", "d", "e", "f", "g");

		Map<String, String> questions = this.conversations.oneEach(statements,
				(statement) -> statement.compareTo("f") < 0 ? "emotional" : "control");

		assertThat(questions.values()).doesNotHaveDuplicates();
		assertThat(questions.keySet()).containsExactly("a", "b", "c", "d", "e", "f", "g");
		assertThat(questions.get("a")).isEqualTo(this.conversations.questions("emotional").get(0));
		assertThat(questions.get("g")).isEqualTo(this.conversations.questions("control").get(1));
		assertThat(this.conversations.oneEach(List.of(1, 2, 3, 4), (n) -> "control")).as("three control questions")
			.hasSize(3);
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		return messages;
	}

}
