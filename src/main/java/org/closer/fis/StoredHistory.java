package org.closer.fis;

import java.util.List;

/**
 * The attempts of one private link as read back: the first one and the most recent ones, in order,
 * and how many there are in all, so that reading a history costs the same however often it was taken.
 *
 * @param shown the first attempt and up to {@link #RECENT} of the latest, the first one first; never empty
 * @param count how many attempts the history holds
 */
public record StoredHistory(List<Attempt> shown, int count) {

	/** How many of the latest attempts are read back, besides the first. */
	public static final int RECENT = 10;

	public StoredHistory {
		shown = List.copyOf(shown);
		if (shown.isEmpty() || count < shown.size()) {
			throw new IllegalArgumentException("A history shows at least one attempt and no more than it holds");
		}
	}

	/** The first attempt. */
	public Attempt first() {
		return this.shown.get(0);
	}

	/** The latest attempt. */
	public Attempt latest() {
		return this.shown.get(this.shown.size() - 1);
	}

	/** Whether some attempts between the first and the recent ones are not read back. */
	public boolean hasGap() {
		return this.count > this.shown.size();
	}

}
