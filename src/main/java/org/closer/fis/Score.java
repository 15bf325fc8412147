package org.closer.fis;

import java.util.List;

/**
 * A scored response: the keyed score of each item, their total, and the band the total falls in.
 *
 * @param itemScores the 35 item scores after keying, item 1 first
 * @param total the sum of the item scores, 35 to 175
 * @param band where the total falls
 */
public record Score(List<Integer> itemScores, int total, Band band) {

	public Score {
		itemScores = List.copyOf(itemScores);
	}

	/** The average item score, 1.0 to 5.0, which names the response label the total averages to. */
	public double average() {
		return (double) this.total / this.itemScores.size();
	}

}
