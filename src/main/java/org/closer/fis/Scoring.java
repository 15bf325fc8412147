package org.closer.fis;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores a complete set of answers and reads totals: reverse keying, the total, its band, and whether it
 * suggests counseling, by the configured edges and threshold. Pure, with no Spring in it.
 */
public final class Scoring {

	/** The lowest possible total: the least fear on every item. */
	public static final int MIN_TOTAL = Instrument.ITEM_COUNT * Instrument.MIN_ANSWER;

	/** The highest possible total: the most fear on every item. */
	public static final int MAX_TOTAL = Instrument.ITEM_COUNT * Instrument.MAX_ANSWER;

	private final Instrument instrument;

	private final FisProperties.Bands bands;

	private final int counselingThreshold;

	public Scoring(Instrument instrument, FisProperties properties) {
		this.instrument = instrument;
		this.bands = properties.bands();
		this.counselingThreshold = properties.counselingThreshold();
	}

	/** The lowest total of each band above "low". */
	public FisProperties.Bands bands() {
		return this.bands;
	}

	/** The total from which a result suggests counseling. */
	public int counselingThreshold() {
		return this.counselingThreshold;
	}

	/** Whether a total is at or above the threshold from which a result suggests counseling. */
	public boolean suggestsCounseling(int total) {
		return total >= this.counselingThreshold;
	}

	/**
	 * Scores 35 answers, item 1 first, each 1 to 5.
	 * @throws IllegalArgumentException when an answer is missing or out of range: there is no total
	 * without all 35 answers
	 */
	public Score score(List<Integer> answers) {
		if (answers.size() != Instrument.ITEM_COUNT) {
			throw new IllegalArgumentException("A total needs all 35 answers, not " + answers.size());
		}
		List<Integer> itemScores = new ArrayList<>(Instrument.ITEM_COUNT);
		int total = 0;
		for (Item item : this.instrument.items()) {
			Integer answer = answers.get(item.number() - 1);
			if (answer == null || answer < Instrument.MIN_ANSWER || answer > Instrument.MAX_ANSWER) {
				throw new IllegalArgumentException("Answer to item " + item.number() + " is not 1 to 5: " + answer);
			}
			int score = item.score(answer);
			itemScores.add(score);
			total += score;
		}
		return new Score(itemScores, total, bandOf(total));
	}

	/** The band a total from 35 to 175 falls in. */
	public Band bandOf(int total) {
		if (total >= this.bands.veryHigh()) {
			return Band.VERY_HIGH;
		}
		if (total >= this.bands.high()) {
			return Band.HIGH;
		}
		return (total >= this.bands.some()) ? Band.SOME : Band.LOW;
	}

}
