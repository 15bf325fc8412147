package org.closer.fis;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the instrument file once at start-up and checks it against the published scale, so that a
 * broken or tampered file stops the application with a message naming the fault.
 */
final class InstrumentLoader {

	/** The reverse-keyed items of the published scale (Descutner & Thelen, 1991). */
	static final Set<Integer> REVERSE_KEYED = Set.of(3, 6, 7, 8, 10, 14, 17, 18, 19, 21, 22, 25, 27, 29, 30);

	private static final int LABEL_COUNT = Instrument.MAX_ANSWER - Instrument.MIN_ANSWER + 1;

	private static final String VERSION_PATTERN = "[a-z0-9.-]{1,40}";

	private final JsonMapper json = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
		.build();

	/** Loads and checks the instrument at the given class path location. */
	Instrument load(String location) {
		try (InputStream in = InstrumentLoader.class.getClassLoader().getResourceAsStream(location)) {
			if (in == null) {
				throw new InvalidInstrumentException(location, "is missing from the class path");
			}
			return check(location, this.json.readValue(in, InstrumentFile.class));
		}
		catch (JacksonException ex) {
			throw new InvalidInstrumentException(location, "is not valid instrument JSON: " + ex.getOriginalMessage());
		}
		catch (IOException ex) {
			throw new InvalidInstrumentException(location, "cannot be read: " + ex.getMessage());
		}
	}

	/** Checks a parsed file and builds the instrument from it. */
	Instrument check(String location, InstrumentFile file) {
		require(location, notBlank(file.id()), "has no id");
		require(location, file.version() != null && file.version().matches(VERSION_PATTERN),
				"has a version that is not 1 to 40 of [a-z0-9.-]");
		require(location, notBlank(file.name()) && notBlank(file.credit()), "needs a name and a credit line");
		require(location, file.labels() != null && file.labels().size() == LABEL_COUNT
				&& file.labels().stream().allMatch(InstrumentLoader::notBlank), "needs exactly 5 response labels");
		List<ItemFile> items = (file.items() != null) ? file.items() : List.of();
		require(location, items.size() == Instrument.ITEM_COUNT, "has " + items.size() + " items, not 35");
		for (int i = 0; i < items.size(); i++) {
			require(location, items.get(i).number() == i + 1,
					"numbers item " + (i + 1) + " as " + items.get(i).number() + "; items must run 1 to 35 in order");
			require(location, notBlank(items.get(i).text()), "has no text for item " + (i + 1));
		}
		Set<Integer> reverse = items.stream()
			.filter(ItemFile::reverse)
			.map(ItemFile::number)
			.collect(Collectors.toCollection(TreeSet::new));
		require(location, reverse.equals(new TreeSet<>(REVERSE_KEYED)),
				"reverse-keys items " + reverse + " but the published scale reverse-keys " + new TreeSet<>(REVERSE_KEYED));
		return new Instrument(file.version(), file.credit(), file.labels(), parts(location, file, items));
	}

	private static List<Part> parts(String location, InstrumentFile file, List<ItemFile> items) {
		List<Part> parts = new ArrayList<>();
		int next = 1;
		for (PartFile part : (file.parts() != null) ? file.parts() : List.<PartFile>of()) {
			require(location, notBlank(part.id()) && notBlank(part.title()) && notBlank(part.instructions()),
					"has a part without an id, a title or instructions");
			require(location, part.first() == next && part.last() >= part.first() && part.last() <= items.size(),
					"has part " + part.id() + " covering " + part.first() + " to " + part.last()
							+ "; parts must cover the items in order without gaps");
			List<Item> partItems = new ArrayList<>();
			for (ItemFile item : items.subList(part.first() - 1, part.last())) {
				partItems.add(new Item(item.number(), item.text(), item.reverse(), topic(location, item)));
			}
			parts.add(new Part(part.id(), part.title(), part.instructions(), partItems));
			next = part.last() + 1;
		}
		require(location, next == items.size() + 1, "has parts that do not cover all 35 items");
		return parts;
	}

	private static Topic topic(String location, ItemFile item) {
		try {
			return Topic.valueOf(String.valueOf(item.topic()).toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInstrumentException(location,
					"gives item " + item.number() + " the unknown topic '" + item.topic() + "'");
		}
	}

	private static void require(String location, boolean condition, String fault) {
		if (!condition) {
			throw new InvalidInstrumentException(location, fault);
		}
	}

	private static boolean notBlank(String value) {
		return value != null && !value.isBlank();
	}

	/** The file as written. */
	record InstrumentFile(String id, String version, String name, String credit, List<String> labels,
			List<PartFile> parts, List<ItemFile> items) {
	}

	/** A part as written. */
	record PartFile(String id, String title, String instructions, int first, int last) {
	}

	/** An item as written. */
	record ItemFile(int number, String text, boolean reverse, String topic) {
	}

}
