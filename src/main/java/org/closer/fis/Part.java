package org.closer.fis;

import java.util.List;

/**
 * A part of the instrument with its own instructions: Part A (items 1 to 30) and Part B (31 to 35).
 *
 * @param id the part's letter
 * @param title the heading shown above its items
 * @param instructions what the respondent is asked to imagine or recall
 * @param items the part's items, in order
 */
public record Part(String id, String title, String instructions, List<Item> items) {

	public Part {
		items = List.copyOf(items);
	}

}
