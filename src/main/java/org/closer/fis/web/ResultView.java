package org.closer.fis.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.closer.fis.Attempt;
import org.closer.fis.Band;
import org.closer.fis.FisProperties;
import org.closer.fis.Instrument;
import org.closer.fis.Item;
import org.closer.fis.Score;
import org.closer.fis.StoredHistory;

/**
 * What the result page shows of the latest attempt: the total and its band, whether to suggest
 * counseling and how prominently, the chart, and the items that weighed most with the articles that
 * speak to them; and every attempt under the same link.
 *
 * @param total the total, 35 to 175
 * @param average the average item score, 1.0 to 5.0
 * @param band where the total falls
 * @param counseling whether the total is at or above the counseling threshold
 * @param chart the scale with the visitor's mark
 * @param weighedMost the three to five items that added most to the total
 * @param submittedOn the day the latest answers were given
 * @param history the first and the latest attempts under the link, the latest one included
 */
public record ResultView(int total, double average, Band band, boolean counseling, ScaleChart chart,
		List<WeighedItem> weighedMost, LocalDate submittedOn, History history) {

	private static final int AT_LEAST = 3;

	private static final int AT_MOST = 5;

	/** An item score from which an item counts as weighing on the total: "moderately" or more, after keying. */
	private static final int NOTABLE_SCORE = 3;

	/**
	 * An item that weighed on the total.
	 *
	 * @param item the item
	 * @param answer the visitor's answer, 1 to 5
	 * @param score its score after keying
	 */
	public record WeighedItem(Item item, int answer, int score) {
	}

	/** Whether counseling should lead the page: the very-high band. */
	public boolean counselingFirst() {
		return this.counseling && this.band == Band.VERY_HIGH;
	}

	static ResultView of(Instrument instrument, StoredHistory stored, FisProperties properties) {
		Attempt latest = stored.latest();
		Score score = latest.score();
		List<Integer> answers = latest.answers();
		List<WeighedItem> ranked = IntStream.range(0, Instrument.ITEM_COUNT)
			.mapToObj((i) -> new WeighedItem(instrument.items().get(i), answers.get(i), score.itemScores().get(i)))
			.sorted(Comparator.comparingInt(WeighedItem::score).reversed()
				.thenComparingInt((weighed) -> weighed.item().number()))
			.toList();
		int shown = AT_LEAST;
		while (shown < AT_MOST && ranked.get(shown).score() >= NOTABLE_SCORE) {
			shown++;
		}
		return new ResultView(score.total(), score.average(), score.band(),
				score.total() >= properties.counselingThreshold(), ScaleChart.of(score.total(), properties.bands()),
				ranked.subList(0, shown), latest.takenOn(), History.of(stored));
	}

}
