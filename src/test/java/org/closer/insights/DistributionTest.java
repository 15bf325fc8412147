package org.closer.insights;

import java.util.List;
import java.util.Map;

import org.closer.fis.Band;
import org.closer.fis.FisProperties;
import org.closer.fis.Scoring;
import org.closer.fis.TotalCount;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class DistributionTest {

	/** Ten responses: 40, 60, 80, 80, 80, 100, 120, 120, 150, 175. */
	private final Distribution ten = new Distribution(List.of(new TotalCount(40, 1), new TotalCount(60, 1),
			new TotalCount(80, 3), new TotalCount(100, 1), new TotalCount(120, 2), new TotalCount(150, 1),
			new TotalCount(175, 1)));

	@Test
	void shouldCountTheShareStrictlyBelowATotalRoundedDown() {
		assertThat(this.ten.pool()).isEqualTo(10);
		assertThat(this.ten.percentileBelow(35)).as("lowest possible").isZero();
		assertThat(this.ten.percentileBelow(40)).as("ties with the lowest").isZero();
		assertThat(this.ten.percentileBelow(41)).isEqualTo(10);
		assertThat(this.ten.percentileBelow(80)).as("ties are not below").isEqualTo(20);
		assertThat(this.ten.percentileBelow(81)).isEqualTo(50);
		assertThat(this.ten.percentileBelow(175)).as("ties with the highest").isEqualTo(90);
	}

	@Test
	void shouldRoundAPercentileDownSoItNeverOverstates() {
		Distribution three = new Distribution(List.of(new TotalCount(50, 1), new TotalCount(60, 1), new TotalCount(70, 1)));

		assertThat(three.percentileBelow(70)).as("2 of 3 is 66.7%").isEqualTo(66);
	}

	@Test
	void shouldFindTheMedianOfAnOddAndAnEvenPool() {
		assertThat(this.ten.median()).as("mean of the 5th and 6th, 80 and 100").isEqualTo(90.0);
		Distribution nine = new Distribution(List.of(new TotalCount(40, 1), new TotalCount(60, 1),
				new TotalCount(80, 3), new TotalCount(100, 1), new TotalCount(120, 2), new TotalCount(150, 1)));
		assertThat(nine.median()).isEqualTo(80.0);
	}

	@Test
	void shouldCountEachBandByTheConfiguredEdges() {
		Scoring scoring = new Scoring(null, new FisProperties(105, new FisProperties.Bands(70, 105, 140), 100));

		Map<Band, Long> byBand = this.ten.countsByBand(scoring);

		assertThat(byBand).containsExactly(Map.entry(Band.LOW, 2L), Map.entry(Band.SOME, 4L), Map.entry(Band.HIGH, 2L),
				Map.entry(Band.VERY_HIGH, 2L));
	}

	@Test
	void shouldBinTotalsInTensFromThirtyFiveWithTheTopTotalInTheLastBin() {
		List<Distribution.Bin> bins = this.ten.histogram();

		assertThat(bins).hasSize(14);
		assertThat(bins.get(0)).isEqualTo(new Distribution.Bin(35, 44, 1));
		assertThat(bins.get(2)).isEqualTo(new Distribution.Bin(55, 64, 1));
		assertThat(bins.get(4)).isEqualTo(new Distribution.Bin(75, 84, 3));
		assertThat(bins.get(13)).isEqualTo(new Distribution.Bin(165, 175, 1));
		assertThat(bins.stream().mapToLong(Distribution.Bin::count).sum()).isEqualTo(10);
		assertThat(bins).filteredOn((bin) -> bin.holds(120)).singleElement()
			.isEqualTo(new Distribution.Bin(115, 124, 2));
	}

	@Test
	void shouldHaveNoPercentileOrMedianForAnEmptyPool() {
		Distribution empty = new Distribution(List.of());

		assertThat(empty.pool()).isZero();
		assertThatIllegalStateException().isThrownBy(() -> empty.percentileBelow(100));
		assertThatIllegalStateException().isThrownBy(empty::median);
	}

}
