package org.closer.fis;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads every response whose giver agreed to share it, the attempts of one history together and in
 * order, a page at a time by key hash and attempt, so any number of rows passes through in constant
 * memory on any database. Each history gets a series number counted afresh for every reading; the
 * hash itself never leaves this class.
 */
@Component
public class ConsentingResponses {

	/** Rows read per query. */
	static final int PAGE_SIZE = 2_000;

	private static final String PAGE_QUERY = """
			select key_hash, attempt, instrument_version, submitted_on, answers, total
			from fis_response
			where research_consent = true and (key_hash > ? or (key_hash = ? and attempt > ?))
			order by key_hash, attempt
			fetch first %d rows only""".formatted(PAGE_SIZE);

	private final JdbcTemplate jdbc;

	ConsentingResponses(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Hands each consenting response to the consumer, the attempts of each history together. */
	public void forEach(Consumer<SharedResponse> consumer) {
		String lastHash = "";
		int lastAttempt = 0;
		long series = 0;
		while (true) {
			List<Row> page = this.jdbc.query(PAGE_QUERY,
					(rs, rowNum) -> new Row(rs.getString("key_hash"), rs.getInt("attempt"),
							rs.getString("instrument_version"), rs.getObject("submitted_on", LocalDate.class),
							rs.getString("answers"), rs.getInt("total")),
					lastHash, lastHash, lastAttempt);
			for (Row row : page) {
				if (!row.keyHash().equals(lastHash)) {
					series++;
					lastHash = row.keyHash();
				}
				lastAttempt = row.attempt();
				consumer.accept(new SharedResponse(series, row.attempt(), row.instrumentVersion(), row.submittedOn(),
						AnswerDigits.decode(row.answers()), row.total()));
			}
			if (page.size() < PAGE_SIZE) {
				return;
			}
		}
	}

	private record Row(String keyHash, int attempt, String instrumentVersion, LocalDate submittedOn, String answers,
			int total) {
	}

	/**
	 * A consenting response as researchers receive it: no key hash, no database id.
	 *
	 * @param series a number shared by the attempts of one history, counted afresh for every reading
	 * @param attempt which attempt in its history it is: 1 for the first
	 * @param instrumentVersion the instrument version it was given on
	 * @param submittedOn the day it was given
	 * @param answers the 35 raw answers, item 1 first
	 * @param total the total, 35 to 175
	 */
	public record SharedResponse(long series, int attempt, String instrumentVersion, LocalDate submittedOn,
			List<Integer> answers, int total) {
	}

}
