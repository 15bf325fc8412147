package org.closer.fis.web;

import java.util.Optional;

import org.springframework.modulith.NamedInterface;

/**
 * Reads what the change between a link's latest two attempts means, for the sentence the result page
 * shows under the change; a feature that knows the scale's noise provides it, and without one the
 * page shows the change alone.
 */
@NamedInterface("result-page")
public interface ChangeReader {

	/** What a change of so many points means, or empty when nothing can be said. */
	Optional<ChangeMeaning> read(int change);

	/**
	 * What a change means.
	 *
	 * @param id its name in the page's markup, such as {@code within-noise}
	 * @param message the key of the sentence that says it
	 */
	record ChangeMeaning(String id, String message) {
	}

}
