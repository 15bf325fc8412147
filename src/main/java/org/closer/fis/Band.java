package org.closer.fis;

import java.util.Locale;

/** Where a total falls on the site's transparent reading of the scale, from the average answer it implies. */
public enum Band {

	LOW, SOME, HIGH, VERY_HIGH;

	/** The name used in markup, message keys and style classes: {@code low}, {@code some}, {@code high}, {@code very-high}. */
	public String id() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
