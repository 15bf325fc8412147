package org.closer.fis.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A submission the form could not have sent; answered with the friendly 400 page, and nothing is stored. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
class MalformedAnswersException extends RuntimeException {

	MalformedAnswersException(String reason) {
		super("Malformed questionnaire submission: " + reason);
	}

}
