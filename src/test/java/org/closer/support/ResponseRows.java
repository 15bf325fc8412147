package org.closer.support;

import java.security.SecureRandom;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes response rows straight into the real schema, for tests that need a known pool of totals; a test
 * class that empties the table first has a database of its own, named in its properties.
 */
public final class ResponseRows {

	/** The instrument version of the shipped instrument file. */
	public static final String VERSION = "fis-1991-closer-1";

	private static final String INSERT = "insert into fis_response "
			+ "(key_hash, instrument_version, answers, total, research_consent, submitted_on) values (?, ?, ?, ?, ?, ?)";

	private final JdbcTemplate jdbc;

	/** Key hashes are random like real ones, so that rows of two tests never share one. */
	private final SecureRandom random = new SecureRandom();

	public ResponseRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Removes every response. */
	public void deleteAll() {
		this.jdbc.update("delete from fis_response");
	}

	/** Inserts responses with the given total, consent and version, each with its own random key hash. */
	public void insert(int total, boolean consent, String version, int count) {
		String answers = Answers.formBody(Answers.forTotal(total)).replaceAll("(^|&)q\\d+=", "");
		List<Object[]> rows = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			byte[] hash = new byte[32];
			this.random.nextBytes(hash);
			rows.add(new Object[] { HexFormat.of().formatHex(hash), version, answers, total, consent,
					Date.valueOf(LocalDate.of(2026, 11, 1)) });
		}
		this.jdbc.batchUpdate(INSERT, rows);
	}

	/** Inserts one attempt of the current version under the given key hash. */
	public void insertAttempt(String keyHash, int attempt, int total, boolean consent) {
		String answers = Answers.formBody(Answers.forTotal(total)).replaceAll("(^|&)q\\d+=", "");
		this.jdbc.update("insert into fis_response (key_hash, attempt, instrument_version, answers, total, "
				+ "research_consent, submitted_on) values (?, ?, ?, ?, ?, ?, ?)", keyHash, attempt, VERSION, answers, total,
				consent, Date.valueOf(LocalDate.of(2026, 1, 1).plusDays(attempt)));
	}

	/** Inserts consenting responses of the current version, one per total given. */
	public void insertConsenting(int... totals) {
		for (int total : totals) {
			insert(total, true, VERSION, 1);
		}
	}

}
