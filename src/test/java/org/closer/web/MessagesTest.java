package org.closer.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
		Properties messages = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
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

	private static Resource[] templates() throws IOException {
		return new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
	}

	private static String read(Resource template) throws IOException {
		try (InputStream in = template.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
