package org.closer.fis;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How totals are read: the lowest total of each band and the total from which the result suggests
 * counseling, and how many attempts one private link may hold. The band defaults are the averages 2,
 * 3 and 4 times the 35 items.
 *
 * @param counselingThreshold the total at or above which the result page suggests counseling
 * @param bands the lowest total of each band above the lowest
 * @param maxAttempts the most attempts one private link may hold, so that its page stays small
 */
@ConfigurationProperties("closer.fis")
public record FisProperties(@DefaultValue("105") int counselingThreshold, @DefaultValue Bands bands,
		@DefaultValue("100") int maxAttempts) {

	public FisProperties {
		if (counselingThreshold < Scoring.MIN_TOTAL || counselingThreshold > Scoring.MAX_TOTAL) {
			throw new IllegalArgumentException("closer.fis.counseling-threshold must be between 35 and 175");
		}
		if (maxAttempts < 2 || maxAttempts > 10_000) {
			throw new IllegalArgumentException("closer.fis.max-attempts must be between 2 and 10000");
		}
	}

	/**
	 * The lowest total of the bands above "low".
	 *
	 * @param some the lowest total of the "some" band (an average answer of 2)
	 * @param high the lowest total of the "high" band (an average answer of 3)
	 * @param veryHigh the lowest total of the "very high" band (an average answer of 4)
	 */
	public record Bands(@DefaultValue("70") int some, @DefaultValue("105") int high, @DefaultValue("140") int veryHigh) {

		public Bands {
			if (!(Scoring.MIN_TOTAL < some && some < high && high < veryHigh && veryHigh <= Scoring.MAX_TOTAL)) {
				throw new IllegalArgumentException(
						"closer.fis.bands must rise strictly: 35 < some < high < very-high <= 175");
			}
		}

	}

}
