package org.closer.learn;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps every article at a reading level a 13-year-old can follow: a Flesch reading ease of 60 or more,
 * counted over the rendered text with the usual vowel-group estimate of syllables.
 */
class ReadabilityTest {

	private static final double MINIMUM_READING_EASE = 60;

	private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'’]*");

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(\\s|$)");

	private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]+");

	@Test
	void shouldKeepEveryArticleEasyToRead() {
		List<Article> articles = new MarkdownArticleReader().readAll();

		assertThat(articles).allSatisfy((article) -> assertThat(readingEase(article.html()))
			.as("Flesch reading ease of %s", article.path())
			.isGreaterThanOrEqualTo(MINIMUM_READING_EASE));
	}

	@Test
	void shouldScoreShortPlainSentencesAsEasyAndLongLatinateOnesAsHard() {
		assertThat(readingEase("<p>The cat sat on the mat. It was warm and we were glad.</p>")).isGreaterThan(90);
		assertThat(readingEase("<p>Interpersonal vulnerability necessitates considerable psychological "
				+ "investment, notwithstanding institutional considerations regarding confidentiality.</p>"))
			.isLessThan(0);
	}

	static double readingEase(String html) {
		int sentences = 0;
		int words = 0;
		int syllables = 0;
		for (Element block : Jsoup.parse(html).select("p, li, h2, h3")) {
			String text = block.text();
			if (block.tagName().equals("li") && block.selectFirst("p") != null) {
				continue;
			}
			Matcher ends = SENTENCE_END.matcher(text);
			int blockSentences = 0;
			while (ends.find()) {
				blockSentences++;
			}
			sentences += Math.max(1, blockSentences);
			Matcher word = WORD.matcher(text);
			while (word.find()) {
				words++;
				syllables += syllables(word.group().toLowerCase());
			}
		}
		return 206.835 - 1.015 * words / sentences - 84.6 * syllables / words;
	}

	private static int syllables(String word) {
		String stem = word.replaceAll("['’].*$", "");
		if (stem.length() > 2 && stem.endsWith("e") && !stem.endsWith("le")) {
			stem = stem.substring(0, stem.length() - 1);
		}
		Matcher groups = VOWEL_GROUP.matcher(stem);
		int count = 0;
		while (groups.find()) {
			count++;
		}
		return Math.max(1, count);
	}

}
