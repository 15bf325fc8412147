package org.closer.learn;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Answers a request for an article that does not exist with the friendly 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ArticleNotFoundException extends RuntimeException {

	ArticleNotFoundException() {
		super("No such article");
	}

}
