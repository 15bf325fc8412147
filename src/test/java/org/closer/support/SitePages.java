package org.closer.support;

import java.util.List;

/** The pages a visitor can reach from the navigation, for tests that must visit all of them. */
public final class SitePages {

	/** Every page that teaches. */
	public static final List<String> LEARNING = List.of("/", "/intimacy", "/intimacy/experiential",
			"/intimacy/emotional", "/intimacy/intellectual", "/intimacy/sexual", "/fear", "/tips", "/help", "/about");

	private SitePages() {
	}

}
