package org.closer.fis;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.closer.support.Answers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ScoringTest {

	private static final Instrument INSTRUMENT = new InstrumentLoader().load(FisConfiguration.INSTRUMENT_FILE);

	private final Scoring scoring = new Scoring(INSTRUMENT, new FisProperties(105, new FisProperties.Bands(70, 105, 140), 100));

	@ParameterizedTest(name = "all answers {0} score {1}")
	@CsvSource({ "1, 95", "5, 115", "3, 105", "2, 100", "4, 110" })
	void shouldScoreTheWorkedChecksOfTheReference(int answer, int total) {
		assertThat(this.scoring.score(Answers.all(answer)).total()).isEqualTo(total);
	}

	@Test
	void shouldScoreTheLeastAndTheMostFearPossible() {
		List<Integer> least = new ArrayList<>();
		List<Integer> most = new ArrayList<>();
		for (int item = 1; item <= 35; item++) {
			boolean reverse = Answers.REFERENCE_REVERSE_KEYED.contains(item);
			least.add(reverse ? 5 : 1);
			most.add(reverse ? 1 : 5);
		}

		assertThat(this.scoring.score(least).total()).isEqualTo(35);
		assertThat(this.scoring.score(least).band()).isEqualTo(Band.LOW);
		assertThat(this.scoring.score(most).total()).isEqualTo(175);
		assertThat(this.scoring.score(most).band()).isEqualTo(Band.VERY_HIGH);
		assertThat(this.scoring.score(most).average()).isEqualTo(5.0);
	}

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource({ "35, LOW", "69, LOW", "70, SOME", "104, SOME", "105, HIGH", "139, HIGH", "140, VERY_HIGH",
			"175, VERY_HIGH" })
	void shouldPlaceTotalsAtTheBandEdges(int total, Band band) {
		Score score = this.scoring.score(Answers.forTotal(total));

		assertThat(score.total()).isEqualTo(total);
		assertThat(score.band()).isEqualTo(band);
	}

	@Test
	void shouldFollowConfiguredBandsRatherThanFixedNumbers() {
		Scoring shifted = new Scoring(INSTRUMENT, new FisProperties(105, new FisProperties.Bands(60, 90, 120), 100));

		assertThat(shifted.bandOf(59)).isEqualTo(Band.LOW);
		assertThat(shifted.bandOf(60)).isEqualTo(Band.SOME);
		assertThat(shifted.bandOf(90)).isEqualTo(Band.HIGH);
		assertThat(shifted.bandOf(120)).isEqualTo(Band.VERY_HIGH);
	}

	@Test
	void shouldAgreeWithTheReferenceTableOnRandomAnswers() {
		Random random = new Random(20261126L);
		for (int run = 0; run < 5_000; run++) {
			List<Integer> answers = new ArrayList<>();
			for (int item = 0; item < 35; item++) {
				answers.add(1 + random.nextInt(5));
			}
			Score score = this.scoring.score(answers);
			int expected = Answers.referenceTotal(answers);

			assertThat(score.total()).as("answers %s", answers).isEqualTo(expected);
			assertThat(score.itemScores().stream().mapToInt(Integer::intValue).sum()).isEqualTo(expected);
			assertThat(score.band()).isEqualTo(expectedBand(expected));
		}
	}

	@Test
	void shouldRefuseToTotalAnIncompleteOrOutOfRangeSetOfAnswers() {
		List<Integer> withSix = new ArrayList<>(Answers.all(3));
		withSix.set(10, 6);
		List<Integer> withZero = new ArrayList<>(Answers.all(3));
		withZero.set(0, 0);

		assertThatIllegalArgumentException().isThrownBy(() -> this.scoring.score(Answers.all(3).subList(0, 34)));
		assertThatIllegalArgumentException().isThrownBy(() -> this.scoring.score(withSix));
		assertThatIllegalArgumentException().isThrownBy(() -> this.scoring.score(withZero));
	}

	private static Band expectedBand(int total) {
		double average = total / 35.0;
		if (average >= 4) {
			return Band.VERY_HIGH;
		}
		if (average >= 3) {
			return Band.HIGH;
		}
		return (average >= 2) ? Band.SOME : Band.LOW;
	}

}
