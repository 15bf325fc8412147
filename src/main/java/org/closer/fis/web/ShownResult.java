package org.closer.fis.web;

import org.closer.fis.ResultKey;
import org.closer.fis.StoredHistory;

import org.springframework.modulith.NamedInterface;

/**
 * The result a result page shows, as its sections read it.
 *
 * @param key the private key the page was reached through
 * @param history the first and the latest attempts under it
 */
@NamedInterface("result-page")
public record ShownResult(ResultKey key, StoredHistory history) {

	/** The latest total, 35 to 175. */
	public int total() {
		return this.history.latest().total();
	}

}
