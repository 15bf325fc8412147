package org.closer.insights;

import java.util.List;
import java.util.Map;

import org.closer.fis.Band;

/**
 * How many consenting responses fall in one band, and what share of the pool that is.
 *
 * @param band the band
 * @param count how many responses fall in it
 * @param percent its share of the pool, rounded to a whole number
 */
public record BandShare(Band band, long count, long percent) {

	static List<BandShare> of(Map<Band, Long> counts, long pool) {
		return counts.entrySet()
			.stream()
			.map((entry) -> new BandShare(entry.getKey(), entry.getValue(), Math.round(100.0 * entry.getValue() / pool)))
			.toList();
	}

}
