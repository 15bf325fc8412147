package org.closer.learn;

/** Thrown at start-up when a content file cannot become an article; the message names the file and the fault. */
class InvalidArticleException extends RuntimeException {

	InvalidArticleException(String path, String fault) {
		super("Content file for " + path + " " + fault);
	}

}
