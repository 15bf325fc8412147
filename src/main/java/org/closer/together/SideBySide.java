package org.closer.together;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.closer.fis.Band;
import org.closer.fis.Item;
import org.closer.fis.Score;
import org.closer.fis.Scoring;

/**
 * Two latest results side by side: both totals and bands, the statements the two see most differently
 * and those both find hard. No match, no score of the couple, no winner. Pure arithmetic, no Spring.
 *
 * @param you the visitor's side
 * @param partner the partner's side
 * @param differences statements whose keyed scores differ by 2 or more, at most five, the largest
 * difference first, then the lower item number
 * @param sharedHard statements both score 4 or 5, at most five, the larger sum first, then the lower
 * item number
 */
public record SideBySide(Side you, Side partner, List<Statement> differences, List<Statement> sharedHard) {

	/** A gap of keyed scores from which the two see a statement differently. */
	static final int DIFFERENT = 2;

	/** A keyed score from which a statement counts as hard. */
	static final int HARD = 4;

	/** The most statements a list shows. */
	static final int AT_MOST = 5;

	/**
	 * One side: the latest attempt's total and band, its raw answers and keyed scores.
	 *
	 * @param total the total, 35 to 175
	 * @param band where the total falls
	 * @param answers the 35 raw answers, item 1 first
	 * @param score the keyed scores
	 */
	public record Side(int total, Band band, List<Integer> answers, Score score) {
	}

	/**
	 * A statement as the two answered it.
	 *
	 * @param item the statement
	 * @param yourAnswer the visitor's raw answer, 1 to 5
	 * @param partnerAnswer the partner's raw answer, 1 to 5
	 * @param yourScore the visitor's keyed score
	 * @param partnerScore the partner's keyed score
	 */
	public record Statement(Item item, int yourAnswer, int partnerAnswer, int yourScore, int partnerScore) {

		int gap() {
			return Math.abs(this.yourScore - this.partnerScore);
		}

		int sum() {
			return this.yourScore + this.partnerScore;
		}

	}

	/** Whether either total is one from which the scoring suggests counseling. */
	public boolean counseling(Scoring scoring) {
		return scoring.suggestsCounseling(this.you.total()) || scoring.suggestsCounseling(this.partner.total());
	}

	static SideBySide of(List<Item> items, Side you, Side partner) {
		List<Statement> statements = IntStream.range(0, items.size())
			.mapToObj((i) -> new Statement(items.get(i), you.answers().get(i), partner.answers().get(i),
					you.score().itemScores().get(i), partner.score().itemScores().get(i)))
			.toList();
		Comparator<Statement> byItem = Comparator.comparingInt((statement) -> statement.item().number());
		List<Statement> differences = statements.stream()
			.filter((statement) -> statement.gap() >= DIFFERENT)
			.sorted(Comparator.comparingInt(Statement::gap).reversed().thenComparing(byItem))
			.limit(AT_MOST)
			.toList();
		List<Statement> sharedHard = statements.stream()
			.filter((statement) -> statement.yourScore() >= HARD && statement.partnerScore() >= HARD)
			.sorted(Comparator.comparingInt(Statement::sum).reversed().thenComparing(byItem))
			.limit(AT_MOST)
			.toList();
		return new SideBySide(you, partner, differences, sharedHard);
	}

}
