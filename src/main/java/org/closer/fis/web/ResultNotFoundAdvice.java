package org.closer.fis.web;

import org.closer.fis.ResultNotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers a key that opens nothing, and one malformed in the address ({@link ResultKeyConverter}),
 * alike, on every page reached through a key, whichever feature serves it: the friendly not-found page.
 */
@ControllerAdvice
class ResultNotFoundAdvice {

	@ExceptionHandler(ResultNotFoundException.class)
	ModelAndView notFound() {
		return new ModelAndView(ResultController.NOT_FOUND_VIEW, HttpStatus.NOT_FOUND);
	}

}
