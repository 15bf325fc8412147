package org.closer.insights;

import java.util.List;
import java.util.Map;

import org.closer.fis.Band;

/**
 * What share of the pool of consenting first attempts falls in one band, and how many that is.
 *
 * @param band the band
 * @param count how many first attempts fall in it
 * @param percent its share of the pool in per cent, as the rounding shows it
 */
public record BandShare(Band band, long count, long percent) {

	static List<BandShare> of(Map<Band, Long> counts, long pool, Rounding rounding) {
		return counts.entrySet()
			.stream()
			.map((entry) -> new BandShare(entry.getKey(), entry.getValue(), rounding.share(entry.getValue(), pool)))
			.toList();
	}

}
