package org.closer.fis;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The pool every statistic is counted over, defined here once: the first attempts of the current
 * instrument version whose givers agreed to share them (a person who takes the scale again is still
 * one person), given before a day. Each reading is one aggregate query the database answers in
 * constant memory, however many responses there are.
 */
@Component
public class ConsentingPool {

	private static final String POOL = """
			from fis_response
			where instrument_version = ? and research_consent = true and attempt = 1 and submitted_on < ?""";

	private static final String TOTALS = "select total, count(*) as responses " + POOL + " group by total order by total";

	private final JdbcTemplate jdbc;

	private final String version;

	private final String sums;

	ConsentingPool(JdbcTemplate jdbc, Instrument instrument) {
		this.jdbc = jdbc;
		this.version = instrument.version();
		String answers = IntStream.rangeClosed(1, Instrument.ITEM_COUNT)
			.mapToObj((item) -> "sum(a%1$d), sum(a%1$d * a%1$d)".formatted(item))
			.collect(Collectors.joining(", "));
		this.sums = "select count(*), sum(total), sum(total * total), %s from (select total, %s %s) first_attempts"
			.formatted(answers, AnswerDigits.itemColumns("answers"), POOL);
	}

	/** How many of the pool's attempts given before the day have each total: at most 141 rows. */
	public List<TotalCount> totals(LocalDate before) {
		return this.jdbc.query(TOTALS, (rs, row) -> new TotalCount(rs.getInt("total"), rs.getLong("responses")),
				this.version, Date.valueOf(before));
	}

	/** The sums over the pool's attempts given before the day. */
	public PoolSums sums(LocalDate before) {
		return this.jdbc.queryForObject(this.sums, (rs, row) -> {
			double[] sums = new double[Instrument.ITEM_COUNT];
			double[] squares = new double[Instrument.ITEM_COUNT];
			for (int i = 0; i < Instrument.ITEM_COUNT; i++) {
				sums[i] = rs.getDouble(4 + 2 * i);
				squares[i] = rs.getDouble(5 + 2 * i);
			}
			return new PoolSums(rs.getLong(1), rs.getDouble(2), rs.getDouble(3), sums, squares);
		}, this.version, Date.valueOf(before));
	}

}
