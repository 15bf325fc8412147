package org.closer.fis.web;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.closer.fis.Attempt;
import org.closer.fis.Instrument;
import org.closer.fis.Item;

import org.springframework.modulith.NamedInterface;

/**
 * An item as it weighed on an attempt's total, for the statements a page names as weighing most.
 *
 * @param item the item
 * @param answer the visitor's answer, 1 to 5
 * @param score its score after keying
 */
@NamedInterface("result-page")
public record WeighedItem(Item item, int answer, int score) {

	/** Every item of the attempt, the one that added most to its total first, then by item number. */
	public static List<WeighedItem> ranked(Instrument instrument, Attempt attempt) {
		return IntStream.range(0, Instrument.ITEM_COUNT)
			.mapToObj((i) -> new WeighedItem(instrument.items().get(i), attempt.answers().get(i),
					attempt.score().itemScores().get(i)))
			.sorted(Comparator.comparingInt(WeighedItem::score).reversed()
				.thenComparingInt((weighed) -> weighed.item().number()))
			.toList();
	}

}
