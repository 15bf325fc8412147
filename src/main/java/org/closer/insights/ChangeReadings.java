package org.closer.insights;

import java.util.Optional;

import org.closer.fis.web.ChangeReader;

import org.springframework.stereotype.Component;

/**
 * Reads a change between two attempts against the scale's noise in the published pool: the reliable
 * change index with its spread and consistency.
 */
@Component
class ChangeReadings implements ChangeReader {

	private final PoolSnapshots snapshots;

	ChangeReadings(PoolSnapshots snapshots) {
		this.snapshots = snapshots;
	}

	@Override
	public Optional<ChangeMeaning> read(int change) {
		ChangeReading reading = ChangeReading.of(change, this.snapshots.current());
		return Optional.of(new ChangeMeaning(reading.id(), "fis.history.reading." + reading.id()));
	}

}
