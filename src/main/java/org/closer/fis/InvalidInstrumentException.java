package org.closer.fis;

/** Stops the start-up when the instrument file is broken; the message names the file and the fault. */
class InvalidInstrumentException extends RuntimeException {

	InvalidInstrumentException(String location, String fault) {
		super("Instrument file " + location + " " + fault);
	}

}
