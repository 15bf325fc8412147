package org.closer.learn;

/**
 * One rendered article: its URL path, the head it gives its page, its place among its siblings
 * and its body as HTML.
 *
 * @param path the URL path the article answers, such as {@code /intimacy/emotional}
 * @param title the page title and main heading
 * @param description the meta description, also used as the teaser on cards
 * @param order the position among articles of the same section
 * @param html the body rendered from Markdown, without the main heading
 */
public record Article(String path, String title, String description, int order, String html) {

	/**
	 * The last segment of the path, such as {@code emotional}, or {@code index} for the home page.
	 */
	public String slug() {
		return "/".equals(this.path) ? "index" : this.path.substring(this.path.lastIndexOf('/') + 1);
	}

	/**
	 * The path of the section the article sits in: {@code /intimacy} for {@code /intimacy/emotional},
	 * and the article's own path for a top-level page.
	 */
	public String section() {
		int slash = this.path.indexOf('/', 1);
		return (slash < 0) ? this.path : this.path.substring(0, slash);
	}

}
