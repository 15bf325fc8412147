package org.closer.fis;

import java.util.Locale;

/** The part of the site that speaks to what an item touches, so a result can point to the right article. */
public enum Topic {

	EMOTIONAL("/intimacy/emotional"),

	INTELLECTUAL("/intimacy/intellectual"),

	EXPERIENTIAL("/intimacy/experiential"),

	FEAR("/fear#what-fear-of-intimacy-is"),

	ABANDONMENT("/fear#fear-of-abandonment"),

	REJECTION("/fear#fear-of-rejection"),

	CONTROL("/fear#fear-of-losing-control"),

	NEEDS("/tips#talk-openly-about-what-you-need"),

	GOALS("/tips#start-with-the-easy-topics");

	private final String link;

	Topic(String link) {
		this.link = link;
	}

	/** The site-relative link to the article (and section) about this topic. */
	public String link() {
		return this.link;
	}

	/** The name used in the instrument file and in message keys, such as {@code abandonment}. */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

}
