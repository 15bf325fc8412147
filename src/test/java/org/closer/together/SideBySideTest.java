package org.closer.together;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.closer.fis.FisProperties;
import org.closer.fis.Instrument;
import org.closer.fis.Score;
import org.closer.fis.Scoring;
import org.closer.support.Answers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statements two people see differently and those both find hard, against an independent
 * computation from the keying published with the scale (Descutner and Thelen, 1991), on seeded answers.
 */
@SpringBootTest
class SideBySideTest {

	@Autowired
	private Instrument instrument;

	@Autowired
	private Scoring scoring;

	@Test
	void shouldListTheLargestDifferencesAndTheSharedHardStatementsAsTheReferenceDoes() {
		Random random = new Random(20261201L);
		for (int pair = 0; pair < 200; pair++) {
			List<Integer> you = random(random);
			List<Integer> partner = random(random);

			SideBySide sides = SideBySide.of(this.instrument.items(), side(you), side(partner));

			assertThat(sides.differences()).extracting((statement) -> statement.item().number())
				.as("pair %d", pair)
				.containsExactlyElementsOf(referenceDifferences(you, partner));
			assertThat(sides.sharedHard()).extracting((statement) -> statement.item().number())
				.as("pair %d", pair)
				.containsExactlyElementsOf(referenceSharedHard(you, partner));
			assertThat(sides.you().total()).isEqualTo(Answers.referenceTotal(you));
		}
	}

	@Test
	void shouldShowTheRawAnswersOfBothBesideEachStatement() {
		List<Integer> you = new ArrayList<>(Answers.all(3));
		List<Integer> partner = new ArrayList<>(Answers.all(3));
		you.set(2, 1);
		partner.set(2, 5);

		SideBySide sides = SideBySide.of(this.instrument.items(), side(you), side(partner));

		assertThat(sides.differences()).singleElement().satisfies((statement) -> {
			assertThat(statement.item().number()).isEqualTo(3);
			assertThat(statement.yourAnswer()).isEqualTo(1);
			assertThat(statement.partnerAnswer()).isEqualTo(5);
			assertThat(statement.yourScore()).as("item 3 counts the other way round").isEqualTo(5);
		});
		assertThat(sides.sharedHard()).isEmpty();
		assertThat(sides.counseling(scoringFrom(107))).as("your 107 reaches it").isTrue();
		assertThat(sides.counseling(scoringFrom(108))).as("neither 107 nor 103 does").isFalse();
	}

	private Scoring scoringFrom(int counselingThreshold) {
		return new Scoring(this.instrument, new FisProperties(counselingThreshold, new FisProperties.Bands(70, 105, 140), 100));
	}

	private static List<Integer> referenceDifferences(List<Integer> you, List<Integer> partner) {
		return IntStream.rangeClosed(1, 35)
			.filter((item) -> Math.abs(keyed(you, item) - keyed(partner, item)) >= 2)
			.boxed()
			.sorted(Comparator.comparingInt((Integer item) -> -Math.abs(keyed(you, item) - keyed(partner, item)))
				.thenComparingInt((item) -> item))
			.limit(5)
			.toList();
	}

	private static List<Integer> referenceSharedHard(List<Integer> you, List<Integer> partner) {
		return IntStream.rangeClosed(1, 35)
			.filter((item) -> keyed(you, item) >= 4 && keyed(partner, item) >= 4)
			.boxed()
			.sorted(Comparator.comparingInt((Integer item) -> -(keyed(you, item) + keyed(partner, item)))
				.thenComparingInt((item) -> item))
			.limit(5)
			.toList();
	}

	private static int keyed(List<Integer> answers, int item) {
		int answer = answers.get(item - 1);
		return Answers.REFERENCE_REVERSE_KEYED.contains(item) ? 6 - answer : answer;
	}

	private SideBySide.Side side(List<Integer> answers) {
		Score score = this.scoring.score(answers);
		return new SideBySide.Side(score.total(), score.band(), answers, score);
	}

	private static List<Integer> random(Random random) {
		List<Integer> answers = new ArrayList<>();
		for (int i = 0; i < 35; i++) {
			answers.add(1 + random.nextInt(5));
		}
		return answers;
	}

}
