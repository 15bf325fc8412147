package org.closer.fis;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads every response whose giver agreed to share it, oldest first, a page at a time by key, so any
 * number of rows passes through in constant memory on any database.
 */
@Component
public class ConsentingResponses {

	/** Rows read per query. */
	static final int PAGE_SIZE = 2_000;

	private static final String PAGE_QUERY = """
			select id, instrument_version, submitted_on, answers, total
			from fis_response
			where research_consent = true and id > ?
			order by id
			fetch first %d rows only""".formatted(PAGE_SIZE);

	private final JdbcTemplate jdbc;

	ConsentingResponses(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Hands each consenting response to the consumer, in the order they were stored. */
	public void forEach(Consumer<SharedResponse> consumer) {
		long lastId = 0;
		while (true) {
			List<Row> page = this.jdbc.query(PAGE_QUERY,
					(rs, rowNum) -> new Row(rs.getLong("id"), new SharedResponse(rs.getString("instrument_version"),
							rs.getObject("submitted_on", LocalDate.class), rs.getString("answers"), rs.getInt("total"))),
					lastId);
			page.forEach((row) -> consumer.accept(row.response()));
			if (page.size() < PAGE_SIZE) {
				return;
			}
			lastId = page.get(page.size() - 1).id();
		}
	}

	private record Row(long id, SharedResponse response) {
	}

	/**
	 * A consenting response as researchers receive it: no key hash, no database id.
	 *
	 * @param instrumentVersion the instrument version it was given on
	 * @param submittedOn the day it was given
	 * @param answers the 35 raw answers as digits, item 1 first
	 * @param total the total, 35 to 175
	 */
	public record SharedResponse(String instrumentVersion, LocalDate submittedOn, String answers, int total) {
	}

}
