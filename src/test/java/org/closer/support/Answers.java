package org.closer.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Answer sets for tests, worked out from the keying published with the scale (Descutner and Thelen,
 * 1991) independently of the
 * application's own instrument file and scoring.
 */
public final class Answers {

	/** The reverse-keyed items, as the scale's authors published them. */
	public static final Set<Integer> REFERENCE_REVERSE_KEYED = Set.of(3, 6, 7, 8, 10, 14, 17, 18, 19, 21, 22, 25, 27,
			29, 30);

	private Answers() {
	}

	/** The same answer to all 35 items. */
	public static List<Integer> all(int answer) {
		return Collections.nCopies(35, answer);
	}

	/** The total of 35 answers, by the reference rule: 6 minus the answer on reverse-keyed items. */
	public static int referenceTotal(List<Integer> answers) {
		int total = 0;
		for (int item = 1; item <= 35; item++) {
			int answer = answers.get(item - 1);
			total += REFERENCE_REVERSE_KEYED.contains(item) ? 6 - answer : answer;
		}
		return total;
	}

	/** Answers whose reference total is exactly the given total, from 35 to 175. */
	public static List<Integer> forTotal(int total) {
		if (total < 35 || total > 175) {
			throw new IllegalArgumentException("No answers add up to " + total);
		}
		List<Integer> scores = new ArrayList<>(Collections.nCopies(35, 1));
		int remaining = total - 35;
		for (int i = 0; i < 35 && remaining > 0; i++) {
			int raise = Math.min(4, remaining);
			scores.set(i, 1 + raise);
			remaining -= raise;
		}
		List<Integer> answers = new ArrayList<>(35);
		for (int item = 1; item <= 35; item++) {
			int score = scores.get(item - 1);
			answers.add(REFERENCE_REVERSE_KEYED.contains(item) ? 6 - score : score);
		}
		return answers;
	}

	/** The answers as a form body, {@code q1=...&q2=...}, without the CSRF token. */
	public static String formBody(List<Integer> answers) {
		StringBuilder body = new StringBuilder();
		for (int item = 1; item <= answers.size(); item++) {
			if (answers.get(item - 1) != null) {
				body.append(body.isEmpty() ? "" : "&").append("q").append(item).append('=').append(answers.get(item - 1));
			}
		}
		return body.toString();
	}

}
