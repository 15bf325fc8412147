package org.closer.fis.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.closer.fis.Instrument;

import org.springframework.modulith.NamedInterface;
import org.springframework.util.MultiValueMap;

/**
 * The answers a visitor sent from the questionnaire form. Reading it tells malformed input (an
 * unknown field, a value that is not 1 to 5, conflicting repeats), which is refused whole, from an
 * incomplete but honest form, which comes back with every given answer kept.
 */
@NamedInterface("questionnaire-form")
public final class AnswerSheet {

	/** The form field of the research-consent checkbox, and the only value it sends. */
	static final String CONSENT_FIELD = "consent";

	static final String CONSENT_VALUE = "yes";

	private static final String CSRF_FIELD = "_csrf";

	private static final Pattern ITEM_FIELD = Pattern.compile("q([1-9][0-9]?)");

	private static final Pattern ANSWER = Pattern.compile("[1-5]");

	private final Map<Integer, Integer> answers;

	private final boolean researchConsent;

	private AnswerSheet(Map<Integer, Integer> answers, boolean researchConsent) {
		this.answers = Collections.unmodifiableMap(answers);
		this.researchConsent = researchConsent;
	}

	/** An empty sheet, for a fresh form. */
	static AnswerSheet empty() {
		return new AnswerSheet(new TreeMap<>(), false);
	}

	/**
	 * Reads the submitted form fields.
	 * @throws MalformedAnswersException when any field is unknown or holds a value the form cannot send
	 */
	public static AnswerSheet read(MultiValueMap<String, String> fields) {
		Map<Integer, Integer> answers = new TreeMap<>();
		boolean consent = false;
		for (Map.Entry<String, List<String>> field : fields.entrySet()) {
			String name = field.getKey();
			if (CSRF_FIELD.equals(name)) {
				continue;
			}
			String value = singleValue(name, field.getValue());
			if (CONSENT_FIELD.equals(name)) {
				if (!CONSENT_VALUE.equals(value)) {
					throw new MalformedAnswersException("consent holds an unexpected value");
				}
				consent = true;
				continue;
			}
			Matcher item = ITEM_FIELD.matcher(name);
			if (!item.matches() || Integer.parseInt(item.group(1)) > Instrument.ITEM_COUNT) {
				throw new MalformedAnswersException("unknown field");
			}
			if (!ANSWER.matcher(value).matches()) {
				throw new MalformedAnswersException("an answer is not a whole number from 1 to 5");
			}
			answers.put(Integer.parseInt(item.group(1)), Integer.parseInt(value));
		}
		return new AnswerSheet(answers, consent);
	}

	private static String singleValue(String name, List<String> values) {
		if (values == null || values.isEmpty() || values.stream().anyMatch((value) -> !value.equals(values.get(0)))) {
			throw new MalformedAnswersException("a field holds conflicting values");
		}
		return values.get(0);
	}

	/** The answer given to an item, or {@code null} when it has none yet. */
	public Integer answer(int item) {
		return this.answers.get(item);
	}

	/** Whether every item has an answer. */
	public boolean isComplete() {
		return this.answers.size() == Instrument.ITEM_COUNT;
	}

	/** The items still without an answer, in order. */
	public List<Integer> unanswered() {
		List<Integer> missing = new ArrayList<>();
		for (int item = 1; item <= Instrument.ITEM_COUNT; item++) {
			if (!this.answers.containsKey(item)) {
				missing.add(item);
			}
		}
		return missing;
	}

	/** The 35 answers, item 1 first; only for a complete sheet. */
	public List<Integer> answers() {
		if (!isComplete()) {
			throw new IllegalStateException("An incomplete sheet has no full set of answers");
		}
		return List.copyOf(this.answers.values());
	}

	/** Whether the visitor ticked the research-consent box. */
	public boolean researchConsent() {
		return this.researchConsent;
	}

}
