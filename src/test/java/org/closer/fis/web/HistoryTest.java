package org.closer.fis.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.within;

/** What the history says about its attempts, and where its chart draws them. */
class HistoryTest {

	private static final LocalDate FIRST = LocalDate.of(2026, 10, 1);

	@Test
	void shouldGiveTheChangeFromThePreviousAttemptOnlyOnceThereIsOne() {
		assertThatIllegalStateException().isThrownBy(() -> history(FIRST, 120).change());
		assertThat(history(FIRST, 120).hasChange()).isFalse();

		History three = new History(List.of(attempt(1, FIRST, 120), attempt(2, FIRST.plusDays(30), 90),
				attempt(3, FIRST.plusDays(60), 101)), 3, HistoryChart.of(List.of()));

		assertThat(three.change()).as("the latest against the one before it, not the first").isEqualTo(11);
	}

	@Test
	void shouldCallTwoAttemptsCloseTogetherUnderFourteenDaysApart() {
		assertThat(twoAttempts(13).closeTogether()).isTrue();
		assertThat(twoAttempts(14).closeTogether()).isFalse();
		assertThat(history(FIRST, 120).closeTogether()).isFalse();
	}

	@Test
	void shouldSpreadThePointsEvenlyOnTheScaleAndDateThemWhileTheDatesFit() {
		HistoryChart two = HistoryChart.of(List.of(attempt(1, FIRST, 35), attempt(2, FIRST, 175)));

		assertThat(two.points().get(0).y()).as("35 at the bottom").isGreaterThan(two.points().get(1).y());
		assertThat(two.points().get(0).y()).isEqualTo(two.guides().get(2).y());
		assertThat(two.points().get(1).y()).isEqualTo(two.guides().get(0).y());
		assertThat(two.points()).allMatch(HistoryChart.Point::dated);
		assertThat(two.line()).isEqualTo(two.points().get(0).x() + "," + two.points().get(0).y() + " "
				+ two.points().get(1).x() + "," + two.points().get(1).y());

		List<History.Attempt> ten = new ArrayList<>();
		for (int i = 1; i <= 10; i++) {
			ten.add(attempt(i, FIRST.plusDays(30L * i), 100));
		}
		List<HistoryChart.Point> points = HistoryChart.of(ten).points();
		assertThat(points).extracting(HistoryChart.Point::dated)
			.containsExactly(true, false, false, false, false, false, false, false, false, true);
		assertThat(points.get(1).x() - points.get(0).x()).isCloseTo(points.get(9).x() - points.get(8).x(),
				within(0.2));
	}

	@Test
	void shouldDrawTheAttemptsLeftOutAsADashedStepAfterTheFirst() {
		HistoryChart whole = HistoryChart.of(List.of(attempt(1, FIRST, 120), attempt(2, FIRST, 110)));
		HistoryChart gapped = HistoryChart.of(List.of(attempt(1, FIRST, 120), attempt(41, FIRST, 110),
				attempt(42, FIRST, 100)));

		assertThat(whole.gap()).isNull();
		assertThat(gapped.gap()).isEqualTo(gapped.points().get(0).x() + "," + gapped.points().get(0).y() + " "
				+ gapped.points().get(1).x() + "," + gapped.points().get(1).y());
		assertThat(gapped.line()).startsWith(gapped.points().get(1).x() + ",");
	}

	private static History twoAttempts(int daysApart) {
		return new History(List.of(attempt(1, FIRST, 120), attempt(2, FIRST.plusDays(daysApart), 100)), 2,
				HistoryChart.of(List.of()));
	}

	private static History history(LocalDate on, int total) {
		return new History(List.of(attempt(1, on, total)), 1, HistoryChart.of(List.of()));
	}

	private static History.Attempt attempt(int number, LocalDate on, int total) {
		return new History.Attempt(number, on, total);
	}

}
