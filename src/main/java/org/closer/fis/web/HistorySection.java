package org.closer.fis.web;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The result page's section on the attempts under its link: the line over time, the change and what it
 * means, and the way to take the scale again.
 */
@Component
class HistorySection implements ResultSection {

	private final ObjectProvider<ChangeReader> readers;

	HistorySection(ObjectProvider<ChangeReader> readers) {
		this.readers = readers;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public String template() {
		return "fis/history";
	}

	@Override
	public Optional<?> model(ShownResult result) {
		History history = History.of(result.history());
		Optional<ChangeReader.ChangeMeaning> meaning = history.hasChange()
				? Optional.ofNullable(this.readers.getIfAvailable()).flatMap((reader) -> reader.read(history.change()))
				: Optional.empty();
		return Optional.of(new ShownHistory(history, result.key(), meaning.orElse(null)));
	}

}
