package org.closer.support;

import java.util.List;
import java.util.stream.Stream;

/** The pages a visitor can reach from the navigation, for tests that must visit all of them. */
public final class SitePages {

	/** Every page that teaches. */
	public static final List<String> LEARNING = List.of("/", "/intimacy", "/intimacy/experiential",
			"/intimacy/emotional", "/intimacy/intellectual", "/intimacy/sexual", "/fear", "/tips", "/help", "/about");

	/** Every page reachable from the navigation that needs no cookie: the learning pages and the questionnaire's introduction. */
	public static final List<String> COOKIELESS = Stream.concat(LEARNING.stream(), Stream.of("/fis")).toList();

	/** Every page reachable from the navigation, the questionnaire's form included. */
	public static final List<String> ALL = Stream.concat(COOKIELESS.stream(), Stream.of("/fis/questions")).toList();

	private SitePages() {
	}

}
