package org.closer.insights;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.closer.fis.Instrument;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Sums, in one query the database answers in constant memory, what {@link Reliability} needs over the
 * consenting first attempts of the current instrument version: the pool of the percentile.
 */
@Component
class ReliabilityQuery {

	private final JdbcTemplate jdbc;

	private final String version;

	private final String query;

	ReliabilityQuery(JdbcTemplate jdbc, Instrument instrument) {
		this.jdbc = jdbc;
		this.version = instrument.version();
		String answers = IntStream.rangeClosed(1, Instrument.ITEM_COUNT)
			.mapToObj((item) -> "sum(a%1$d), sum(a%1$d * a%1$d)".formatted(item))
			.collect(Collectors.joining(", "));
		String columns = IntStream.rangeClosed(1, Instrument.ITEM_COUNT)
			.mapToObj((item) -> "cast(substring(answers, %1$d, 1) as integer) as a%1$d".formatted(item))
			.collect(Collectors.joining(", "));
		this.query = """
				select count(*), sum(total), sum(total * total), %s
				from (select total, %s from fis_response
				      where instrument_version = ? and research_consent = true and attempt = 1) first_attempts"""
			.formatted(answers, columns);
	}

	Reliability current() {
		return this.jdbc.queryForObject(this.query, (rs, row) -> {
			double[] sums = new double[Instrument.ITEM_COUNT];
			double[] squares = new double[Instrument.ITEM_COUNT];
			for (int i = 0; i < Instrument.ITEM_COUNT; i++) {
				sums[i] = rs.getDouble(4 + 2 * i);
				squares[i] = rs.getDouble(5 + 2 * i);
			}
			return Reliability.of(rs.getLong(1), rs.getDouble(2), rs.getDouble(3), sums, squares);
		}, this.version);
	}

}
