package org.closer.learn;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code key: value} block between two {@code ---} lines that opens every content file, split
 * from the Markdown body that follows it.
 *
 * @param fields the keys and values, in file order
 * @param body the Markdown after the closing {@code ---}
 */
record FrontMatter(Map<String, String> fields, String body) {

	private static final String FENCE = "---";

	/** Splits a content file; the path names the file in any error. */
	static FrontMatter parse(String path, String source) {
		String[] lines = source.replace("\r\n", "\n").split("\n", -1);
		if (lines.length == 0 || !FENCE.equals(lines[0].strip())) {
			throw new InvalidArticleException(path, "does not start with a '---' front matter line");
		}
		Map<String, String> fields = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			String line = lines[i];
			if (FENCE.equals(line.strip())) {
				String body = String.join("\n", Arrays.copyOfRange(lines, i + 1, lines.length));
				return new FrontMatter(Map.copyOf(fields), body);
			}
			int colon = line.indexOf(':');
			if (colon <= 0) {
				throw new InvalidArticleException(path, "has a front matter line that is not 'key: value': " + line);
			}
			String key = line.substring(0, colon).strip();
			if (fields.put(key, line.substring(colon + 1).strip()) != null) {
				throw new InvalidArticleException(path, "repeats the front matter field '" + key + "'");
			}
		}
		throw new InvalidArticleException(path, "never closes its front matter with a '---' line");
	}

}
