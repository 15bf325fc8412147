package org.closer.fis.web;

/** No result answers this key: it is malformed, never existed, or was deleted. */
class ResultNotFoundException extends RuntimeException {

	ResultNotFoundException() {
		super("No result for this key");
	}

}
