package org.closer.fis;

/** No result answers this key: it is malformed, never existed, or was deleted. */
public class ResultNotFoundException extends RuntimeException {

	public ResultNotFoundException() {
		super("No result for this key");
	}

}
