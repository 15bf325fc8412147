package org.closer.path;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * What the path's forms may send: the security token and, when a session is marked done, the one
 * optional check-in. Nothing else is accepted, so no free text can reach the database.
 */
final class PathForm {

	/** The check-in's field: how close the visitor felt, 1 to 5. */
	static final String CLOSENESS = "closeness";

	private static final String CSRF = "_csrf";

	private static final Pattern CHECK_IN = Pattern.compile("[1-5]");

	private PathForm() {
	}

	/**
	 * Reads a form that sends nothing of its own.
	 * @throws MalformedException for any field but the token
	 */
	static void readEmpty(MultiValueMap<String, String> fields) {
		read(fields, Set.of(CSRF));
	}

	/**
	 * Reads the check-in of a session marked done: a whole number from 1 to 5, or null without one.
	 * @throws MalformedException for any other field or value, or repeats that differ
	 */
	static Integer readCheckIn(MultiValueMap<String, String> fields) {
		read(fields, Set.of(CSRF, CLOSENESS));
		List<String> values = fields.getOrDefault(CLOSENESS, List.of());
		if (values.isEmpty()) {
			return null;
		}
		if (values.stream().distinct().count() > 1 || !CHECK_IN.matcher(values.get(0)).matches()) {
			throw new MalformedException();
		}
		return Integer.valueOf(values.get(0));
	}

	private static void read(MultiValueMap<String, String> fields, Set<String> allowed) {
		for (Map.Entry<String, List<String>> field : fields.entrySet()) {
			if (!allowed.contains(field.getKey())) {
				throw new MalformedException();
			}
		}
	}

	/** A path form the site could not have sent: the friendly 400 page, and nothing is stored. */
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	static final class MalformedException extends RuntimeException {

		MalformedException() {
			super("A path form with a field or value its page cannot send");
		}

	}

}
