package org.closer.learn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commonmark.Extension;
import org.commonmark.ext.front.matter.YamlFrontMatterBlock;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterNode;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads the Markdown files under {@code content/} on the class path into articles, failing with the
 * file's name when one is broken, so that a bad file stops the start-up instead of a visitor's request.
 */
final class MarkdownArticleReader {

	private static final String CONTENT_ROOT = "/content/";

	/** The folder of {@code content/} that holds a library of its own, the path's sessions, rather than pages. */
	private static final String OWN_LIBRARY = "path";

	private static final Set<String> FRONT_MATTER_KEYS = Set.of("title", "description", "order");

	private final Parser parser;

	private final HtmlRenderer renderer;

	MarkdownArticleReader() {
		List<Extension> extensions = List.of(YamlFrontMatterExtension.create(), HeadingAnchorExtension.create());
		this.parser = Parser.builder().extensions(extensions).build();
		this.renderer = HtmlRenderer.builder().extensions(extensions).escapeHtml(true).sanitizeUrls(true).build();
	}

	/** Reads the site's pages: every article under {@code classpath:content/} outside its own library. */
	List<Article> readAll() {
		return readMatching("content/**/*.md").stream()
			.filter((article) -> !article.path().startsWith("/" + OWN_LIBRARY + "/"))
			.toList();
	}

	/** Reads the library of its own: {@code content/path/1.md} as {@code /path/1}, and so on. */
	List<Article> readLibrary() {
		return readMatching("content/" + OWN_LIBRARY + "/*.md");
	}

	private List<Article> readMatching(String pattern) {
		try {
			List<Article> articles = new ArrayList<>();
			for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:" + pattern)) {
				articles.add(read(pathOf(file), file.getContentAsString(StandardCharsets.UTF_8)));
			}
			return articles;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the content files " + pattern, ex);
		}
	}

	/** Reads one article from its Markdown source; the path names it in any error. */
	Article read(String path, String markdown) {
		Node document = this.parser.parse(markdown);
		Map<String, String> fields = frontMatter(path, document);
		String title = required(path, fields, "title");
		String description = required(path, fields, "description");
		int order = parseOrder(path, required(path, fields, "order"));
		rejectMainHeading(path, document);
		return new Article(path, title, description, order, this.renderer.render(document));
	}

	/** The front matter's fields, each with exactly one value, all of them known. */
	private static Map<String, String> frontMatter(String path, Node document) {
		if (!(document.getFirstChild() instanceof YamlFrontMatterBlock block)) {
			throw new InvalidArticleException(path, "does not start with a '---' front matter line");
		}
		if (block.getNext() == null) {
			throw new InvalidArticleException(path, "never closes its front matter with a '---' line, or has no text after it");
		}
		Map<String, String> fields = new LinkedHashMap<>();
		for (Node node = block.getFirstChild(); node != null; node = node.getNext()) {
			YamlFrontMatterNode field = (YamlFrontMatterNode) node;
			String key = field.getKey();
			if (!FRONT_MATTER_KEYS.contains(key)) {
				throw new InvalidArticleException(path, "has an unknown front matter field '" + key + "'");
			}
			if (field.getValues().size() > 1) {
				throw new InvalidArticleException(path, "gives the front matter field '" + key + "' more than one value");
			}
			String value = field.getValues().isEmpty() ? "" : field.getValues().get(0);
			if (fields.put(key, value) != null) {
				throw new InvalidArticleException(path, "repeats the front matter field '" + key + "'");
			}
		}
		return fields;
	}

	private static String required(String path, Map<String, String> fields, String key) {
		String value = fields.get(key);
		if (value == null || value.isBlank()) {
			throw new InvalidArticleException(path, "needs a non-empty '" + key + "' in its front matter");
		}
		return value;
	}

	private static int parseOrder(String path, String order) {
		try {
			return Integer.parseInt(order);
		}
		catch (NumberFormatException ex) {
			throw new InvalidArticleException(path, "has an 'order' that is not a whole number: " + order);
		}
	}

	private static void rejectMainHeading(String path, Node document) {
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Heading heading) {
				if (heading.getLevel() == 1) {
					throw new InvalidArticleException(path, "has a level-1 heading; the title is the page's only one");
				}
			}
		});
	}

	private static String pathOf(Resource file) throws IOException {
		String url = file.getURL().toString();
		String relative = url.substring(url.lastIndexOf(CONTENT_ROOT) + CONTENT_ROOT.length(), url.length() - ".md".length());
		return "index".equals(relative) ? "/" : "/" + relative;
	}

}
