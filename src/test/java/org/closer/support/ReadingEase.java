package org.closer.support;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The Flesch reading ease of what a page says in its {@code main}: syllables counted plainly as groups
 * of vowels, and a heading, paragraph, list item or other block ending a sentence as a full stop would.
 * Charts (which have a text equivalent) and the elements a caller names are left out.
 */
public final class ReadingEase {

	private static final Set<String> BLOCKS = Set.of("p", "li", "h1", "h2", "h3", "h4", "dt", "dd", "td", "th",
			"caption", "figcaption", "legend", "label", "summary", "button", "div", "section", "header", "form",
			"fieldset", "ol", "ul", "dl", "table", "tr", "blockquote", "details", "figure", "main");

	private static final Pattern WORD = Pattern.compile("[a-z][a-z'’]*");

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=\\s|$)");

	private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]+");

	private int sentences;

	private int words;

	private int syllables;

	private ReadingEase() {
	}

	/** The reading ease of the page's main text, leaving out the elements the selector matches. */
	public static double of(Element page, String leftOut) {
		Element main = page.selectFirst("main").clone();
		main.select("svg, script, template" + (leftOut.isEmpty() ? "" : ", " + leftOut)).remove();
		ReadingEase count = new ReadingEase();
		StringBuilder block = new StringBuilder();
		main.traverse(new NodeVisitor() {
			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode text) {
					block.append(text.text());
				}
				else if (BLOCKS.contains(node.nodeName())) {
					count.sentence(block);
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (BLOCKS.contains(node.nodeName())) {
					count.sentence(block);
				}
			}
		});
		return 206.835 - 1.015 * count.words / count.sentences - 84.6 * count.syllables / count.words;
	}

	private void sentence(StringBuilder block) {
		String text = block.toString().strip().toLowerCase();
		block.setLength(0);
		Matcher word = WORD.matcher(text);
		int found = 0;
		while (word.find()) {
			found++;
			this.syllables += syllables(word.group());
		}
		if (found == 0) {
			return;
		}
		this.words += found;
		this.sentences += (int) SENTENCE_END.matcher(text).results().count();
		if (!SENTENCE_END.matcher(text).find(text.length() - 1)) {
			this.sentences++;
		}
	}

	private static int syllables(String word) {
		Matcher groups = VOWEL_GROUP.matcher(word.replaceAll("['’].*$", ""));
		return Math.max(1, (int) groups.results().count());
	}

}
