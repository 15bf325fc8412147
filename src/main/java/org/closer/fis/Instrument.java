package org.closer.fis;

import java.util.List;

/**
 * The questionnaire as data, loaded once from {@code instruments/fis.json}: its version, credit line,
 * response labels and items in their parts.
 */
public final class Instrument {

	/** The number of items, and of answers a complete response holds. */
	public static final int ITEM_COUNT = 35;

	/** The lowest answer. */
	public static final int MIN_ANSWER = 1;

	/** The highest answer. */
	public static final int MAX_ANSWER = 5;

	private final String version;

	private final String credit;

	private final List<String> labels;

	private final List<Part> parts;

	private final List<Item> items;

	/**
	 * Creates the instrument; {@link InstrumentLoader} checks the data before it gets here.
	 * @param version the version stored with every response, so a corrected item is a new version
	 * @param credit the citation shown wherever the items are shown
	 * @param labels the five response labels, for answers 1 to 5
	 * @param parts the parts, each with its items in order
	 */
	Instrument(String version, String credit, List<String> labels, List<Part> parts) {
		this.version = version;
		this.credit = credit;
		this.labels = List.copyOf(labels);
		this.parts = List.copyOf(parts);
		this.items = parts.stream().flatMap((part) -> part.items().stream()).toList();
	}

	public String version() {
		return this.version;
	}

	public String credit() {
		return this.credit;
	}

	public List<String> labels() {
		return this.labels;
	}

	public List<Part> parts() {
		return this.parts;
	}

	/** Every item, in order, across the parts. */
	public List<Item> items() {
		return this.items;
	}

	/** The label of an answer from 1 to 5. */
	public String label(int answer) {
		return this.labels.get(answer - 1);
	}

}
