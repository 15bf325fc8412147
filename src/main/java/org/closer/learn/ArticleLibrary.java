package org.closer.learn;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An immutable set of articles looked up by path: the pages the site teaches, or a library of its own
 * under {@code content/}, such as the path's sessions.
 */
public final class ArticleLibrary {

	private final Map<String, Article> byPath;

	ArticleLibrary(List<Article> articles) {
		this.byPath = articles.stream()
			.collect(Collectors.toUnmodifiableMap(Article::path, Function.identity(), (a, b) -> {
				throw new IllegalStateException("Two articles answer " + a.path());
			}));
	}

	/**
	 * The path's sessions, {@code content/path/1.md} and so on, read and checked as the pages are, each
	 * at its path ({@code /path/1}); they are no pages of the site.
	 */
	public static ArticleLibrary pathSessions() {
		return new ArticleLibrary(new MarkdownArticleReader().readLibrary());
	}

	/** The article at the given path, if there is one. */
	public Optional<Article> find(String path) {
		return Optional.ofNullable(this.byPath.get(path));
	}

	/** The path of every article, each a page of its own. */
	public Set<String> paths() {
		return this.byPath.keySet();
	}

	/** The articles directly under the given section path, such as the four types under {@code /intimacy}. */
	public List<Article> childrenOf(String sectionPath) {
		String prefix = sectionPath + "/";
		return this.byPath.values()
			.stream()
			.filter(article -> article.path().startsWith(prefix) && article.path().indexOf('/', prefix.length()) < 0)
			.sorted(Comparator.comparingInt(Article::order))
			.toList();
	}

}
