package org.closer.fis.web;

import org.closer.fis.ResultKey;
import org.closer.fis.ResultNotFoundException;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * Reads the key in a result's address for every handler that takes one: anything without a key's shape
 * is a result that does not exist, answered with the friendly 404 like a key that opens nothing.
 */
@Component
class ResultKeyConverter implements Converter<String, ResultKey> {

	@Override
	public ResultKey convert(String source) {
		return ResultKey.parse(source).orElseThrow(ResultNotFoundException::new);
	}

}
