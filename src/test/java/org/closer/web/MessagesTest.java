package org.closer.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.closer.fis.Band;
import org.closer.fis.Topic;
import org.closer.insights.ChangeReading;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps every user-visible string of the templates in {@code messages.properties}: no literal text a
 * visitor would read, and no message key that the bundle lacks.
 */
class MessagesTest {

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.-]+)[}(]");

	/** A key made from a value in a literal substitution: its text before, the value's expression, its text after. */
	private static final Pattern MADE_KEY = Pattern.compile("#\\{\\|([a-z0-9_.-]*)\\$\\{([^}]+)}([a-z0-9_.-]*)\\|}");

	private static final Pattern ERROR_KIND = Pattern.compile("fragments/error :: message\\('([a-z0-9-]+)'\\)");

	private static final List<String> TEXT_REPLACING = List.of("th:text", "th:utext", "th:replace", "th:insert");

	private static final List<String> VISIBLE_ATTRIBUTES = List.of("alt", "title", "aria-label", "placeholder",
			"aria-description");

	@Test
	void shouldKeepNoVisibleLiteralTextInTemplates() throws IOException {
		List<String> literals = new ArrayList<>();
		for (Resource template : templates()) {
			Document document = Jsoup.parse(read(template), "", Parser.xmlParser());
			for (Element element : document.getAllElements()) {
				boolean replaced = TEXT_REPLACING.stream().anyMatch(element::hasAttr);
				// <code> holds identifiers such as CSV column names, which are never translated.
				boolean identifier = "code".equals(element.tagName());
				if (!replaced && !identifier && !element.ownText().isBlank() && !"title".equals(element.tagName())) {
					literals.add(template.getFilename() + ": <" + element.tagName() + "> " + element.ownText());
				}
				if (element.is("button, input[type=submit], input[type=button]") && !element.attr("value").isBlank()) {
					literals.add(template.getFilename() + ": button value=\"" + element.attr("value") + "\"");
				}
				for (String attribute : VISIBLE_ATTRIBUTES) {
					if (element.hasAttr(attribute) && !element.attr(attribute).isBlank()) {
						literals.add(template.getFilename() + ": " + attribute + "=\"" + element.attr(attribute) + "\"");
					}
				}
			}
		}

		assertThat(literals).isEmpty();
	}

	@Test
	void shouldFindEveryMessageKeyOfTheTemplatesInTheBundle() throws IOException {
		Properties messages = messages();
		List<String> missing = new ArrayList<>();
		int keys = 0;
		for (Resource template : templates()) {
			Matcher matcher = MESSAGE_KEY.matcher(read(template));
			while (matcher.find()) {
				keys++;
				if (!messages.containsKey(matcher.group(1))) {
					missing.add(template.getFilename() + ": " + matcher.group(1));
				}
			}
		}

		assertThat(keys).isGreaterThan(10);
		assertThat(missing).isEmpty();
	}

	/**
	 * Keys a template makes from a value, such as {@code #{|fis.band.${band}.name|}}, for every value
	 * that can come: every band, topic, reading of a change and error page, both sides of an
	 * invitation and every check-in answer; a made key of a kind not listed here fails, so that a new
	 * one is listed too. The newer-answers keys are checked against their package-private enum beside it.
	 */
	@Test
	void shouldHaveAMessageForEveryValueOfEveryKeyATemplateMakes() throws IOException {
		Properties messages = messages();
		Map<String, List<String>> values = Map.of("band", ids(Band.values(), Band::id), "topic",
				ids(Topic.values(), Topic::id), "side", List.of("inviter", "partner"), "kind", errorKinds(), "closeness",
				List.of("1", "2", "3", "4", "5"));
		List<String> missing = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		int made = 0;
		for (Resource template : templates()) {
			Matcher matcher = MADE_KEY.matcher(read(template));
			while (matcher.find()) {
				if ("newer".equals(matcher.group(2))) {
					continue;
				}
				String value = values.keySet()
					.stream()
					.filter((name) -> matcher.group(2).matches("(.*[.(])?" + name + "(\\(\\))?(\\.id\\(\\))?"))
					.findFirst()
					.orElse(null);
				if (value == null) {
					unknown.add(template.getFilename() + ": " + matcher.group());
					continue;
				}
				for (String each : values.get(value)) {
					made++;
					String key = matcher.group(1) + each + matcher.group(3);
					if (!messages.containsKey(key)) {
						missing.add(template.getFilename() + ": " + key);
					}
				}
			}
		}
		for (ChangeReading reading : ChangeReading.values()) {
			made++;
			if (!messages.containsKey("fis.history.reading." + reading.id())) {
				missing.add("a reading of a change: fis.history.reading." + reading.id());
			}
		}
		for (int status : new int[] { 400, 408, 413 }) {
			if (!messages.containsKey("error." + status + ".plain")) {
				missing.add("a refused body: error." + status + ".plain");
			}
		}

		assertThat(unknown).as("keys made from a value this test does not know").isEmpty();
		assertThat(made).isGreaterThan(50);
		assertThat(missing).isEmpty();
	}

	private static <T> List<String> ids(T[] values, Function<T, String> id) {
		return Arrays.stream(values).map(id).toList();
	}

	/** The kinds of error page, as the error pages name them to the shared fragment. */
	private static List<String> errorKinds() throws IOException {
		List<String> kinds = new ArrayList<>();
		for (Resource template : templates()) {
			Matcher matcher = ERROR_KIND.matcher(read(template));
			while (matcher.find()) {
				kinds.add(matcher.group(1));
			}
		}
		assertThat(kinds).as("error kinds").contains("404", "5xx");
		return kinds;
	}

	private static Properties messages() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = MessagesTest.class.getResourceAsStream("/messages.properties")) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return messages;
	}

	private static Resource[] templates() throws IOException {
		return new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
	}

	private static String read(Resource template) throws IOException {
		try (InputStream in = template.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
