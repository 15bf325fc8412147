package org.closer.fis.web;

import java.time.LocalDate;
import java.util.List;

import org.closer.fis.Attempt;
import org.closer.fis.Band;
import org.closer.fis.Instrument;
import org.closer.fis.ScaleChart;
import org.closer.fis.Score;
import org.closer.fis.Scoring;
import org.closer.fis.StoredHistory;

/**
 * What the result page itself shows of the latest attempt: the total and its band, whether to suggest
 * counseling and how prominently, the chart, and the items that weighed most with the articles that
 * speak to them. The sections between them come from {@link ResultSection}s.
 *
 * @param total the total, 35 to 175
 * @param average the average item score, 1.0 to 5.0
 * @param band where the total falls
 * @param counseling whether the total is at or above the counseling threshold
 * @param chart the scale with the visitor's mark
 * @param weighedMost the three to five items that added most to the total
 * @param submittedOn the day the latest answers were given
 */
public record ResultView(int total, double average, Band band, boolean counseling, ScaleChart chart,
		List<WeighedItem> weighedMost, LocalDate submittedOn) {

	private static final int AT_LEAST = 3;

	private static final int AT_MOST = 5;

	/** An item score from which an item counts as weighing on the total: "moderately" or more, after keying. */
	private static final int NOTABLE_SCORE = 3;

	/** Whether counseling should lead the page: the very-high band. */
	public boolean counselingFirst() {
		return this.counseling && this.band == Band.VERY_HIGH;
	}

	static ResultView of(Instrument instrument, StoredHistory stored, Scoring scoring) {
		Attempt latest = stored.latest();
		Score score = latest.score();
		List<WeighedItem> ranked = WeighedItem.ranked(instrument, latest);
		int shown = AT_LEAST;
		while (shown < AT_MOST && ranked.get(shown).score() >= NOTABLE_SCORE) {
			shown++;
		}
		return new ResultView(score.total(), score.average(), score.band(), scoring.suggestsCounseling(score.total()),
				ScaleChart.of(score.total(), scoring.bands()), ranked.subList(0, shown), latest.takenOn());
	}

}
