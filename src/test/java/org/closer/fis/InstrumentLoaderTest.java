package org.closer.fis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

import org.closer.fis.InstrumentLoader.InstrumentFile;
import org.closer.fis.InstrumentLoader.ItemFile;
import org.closer.fis.InstrumentLoader.PartFile;
import org.closer.support.Answers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InstrumentLoaderTest {

	private final InstrumentLoader loader = new InstrumentLoader();

	private final Instrument instrument = this.loader.load(FisConfiguration.INSTRUMENT_FILE);

	@Test
	void shouldHoldThirtyFiveItemsNumberedOneToThirtyFiveInTwoParts() {
		assertThat(this.instrument.items()).hasSize(35);
		assertThat(this.instrument.items()).extracting(Item::number)
			.containsExactlyElementsOf(IntStream.rangeClosed(1, 35).boxed().toList());
		assertThat(this.instrument.parts()).extracting(Part::id).containsExactly("A", "B");
		assertThat(this.instrument.parts().get(0).items()).hasSize(30);
		assertThat(this.instrument.parts().get(1).items()).extracting(Item::number).containsExactly(31, 32, 33, 34, 35);
		assertThat(this.instrument.parts().get(0).instructions()).startsWith("Imagine you are in a close, dating relationship.")
			.doesNotContain("answer sheet");
	}

	@Test
	void shouldReverseKeyExactlyTheFifteenItemsOfTheReference() {
		assertThat(this.instrument.items().stream().filter(Item::reverse).map(Item::number))
			.containsExactlyInAnyOrderElementsOf(Answers.REFERENCE_REVERSE_KEYED);
		assertThat(this.instrument.items().get(15).reverse()).as("item 16 is not reversed, despite 'comfortable'").isFalse();
	}

	@Test
	void shouldShowTheItemsAsAdaptedWithCreditLabelsAndVersion() {
		assertThat(this.instrument.items().get(0).text())
			.isEqualTo("I would feel uncomfortable telling my partner about things in the past that I have felt ashamed of.");
		assertThat(this.instrument.items().get(5).text()).isEqualTo("I would feel at ease telling my partner that I care about them.");
		assertThat(this.instrument.items().get(34).text())
			.isEqualTo("I have done things in previous relationships to keep me from developing closeness.");
		assertThat(this.instrument.items()).noneMatch((item) -> item.text().contains(" O ") || item.text().contains("him/her"));
		assertThat(this.instrument.labels()).containsExactly("Not at all characteristic of me",
				"Slightly characteristic of me", "Moderately characteristic of me", "Very characteristic of me",
				"Extremely characteristic of me");
		assertThat(this.instrument.credit()).contains("Descutner, C. J., & Thelen, M. H. (1991)")
			.contains("Copyright © 1991 by the American Psychological Association");
		assertThat(this.instrument.version()).isNotBlank();
	}

	@Test
	void shouldStopOnAFileThatIsMissingOrNotJson() {
		assertThatThrownBy(() -> this.loader.load("instruments/absent.json")).isInstanceOf(InvalidInstrumentException.class)
			.hasMessageContaining("instruments/absent.json is missing");
		assertThatThrownBy(() -> this.loader.load("instruments/truncated-for-test.json"))
			.isInstanceOf(InvalidInstrumentException.class)
			.hasMessageContaining("is not valid instrument JSON");
	}

	@Test
	void shouldStopOnAWrongItemCountNumberingOrKeying() {
		assertBroken((file) -> withItems(file, file.items().subList(0, 34)), "has 34 items, not 35");
		assertBroken((file) -> withItem(file, 4, new ItemFile(6, "x", false, "fear")), "numbers item 5 as 6");
		assertBroken((file) -> withItem(file, 15, new ItemFile(16, "x", true, "fear")),
				"reverse-keys items [3, 6, 7, 8, 10, 14, 16, 17");
		assertBroken((file) -> withItem(file, 2, new ItemFile(3, "x", false, "emotional")),
				"but the published scale reverse-keys");
		assertBroken((file) -> withItem(file, 0, new ItemFile(1, "x", false, "romance")),
				"gives item 1 the unknown topic 'romance'");
		assertBroken((file) -> withItem(file, 0, new ItemFile(1, " ", false, "fear")), "has no text for item 1");
	}

	@Test
	void shouldStopOnBrokenPartsLabelsOrVersion() {
		assertBroken((file) -> new InstrumentFile(file.id(), file.version(), file.name(), file.credit(), file.labels(),
				List.of(file.parts().get(0)), file.items()), "do not cover all 35 items");
		assertBroken((file) -> new InstrumentFile(file.id(), file.version(), file.name(), file.credit(), file.labels(),
				List.of(file.parts().get(1), file.parts().get(0)), file.items()), "parts must cover the items in order");
		assertBroken((file) -> new InstrumentFile(file.id(), file.version(), file.name(), file.credit(),
				file.labels().subList(0, 4), file.parts(), file.items()), "needs exactly 5 response labels");
		assertBroken((file) -> new InstrumentFile(file.id(), "Version 1!", file.name(), file.credit(), file.labels(),
				file.parts(), file.items()), "has a version that is not");
	}

	private void assertBroken(UnaryOperator<InstrumentFile> breakIt, String fault) {
		assertThatThrownBy(() -> this.loader.check("test.json", breakIt.apply(validFile())))
			.isInstanceOf(InvalidInstrumentException.class)
			.hasMessageContaining(fault);
	}

	private InstrumentFile validFile() {
		List<ItemFile> items = this.instrument.items()
			.stream()
			.map((item) -> new ItemFile(item.number(), item.text(), item.reverse(), item.topic().id()))
			.toList();
		List<PartFile> parts = List.of(new PartFile("A", "Part A", "Imagine.", 1, 30),
				new PartFile("B", "Part B", "Recall.", 31, 35));
		return new InstrumentFile("fis", "v1", "Scale", "Credit", this.instrument.labels(), parts, items);
	}

	private static InstrumentFile withItems(InstrumentFile file, List<ItemFile> items) {
		return new InstrumentFile(file.id(), file.version(), file.name(), file.credit(), file.labels(), file.parts(), items);
	}

	private static InstrumentFile withItem(InstrumentFile file, int index, ItemFile item) {
		List<ItemFile> items = new ArrayList<>(file.items());
		items.set(index, item);
		return withItems(file, items);
	}

}
