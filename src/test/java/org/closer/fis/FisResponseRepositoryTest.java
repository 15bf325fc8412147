package org.closer.fis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.closer.support.Answers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The stored row, on the real Flyway schema, read back column by column. */
@DataJpaTest
class FisResponseRepositoryTest {

	private static final Instrument INSTRUMENT = new InstrumentLoader().load(FisConfiguration.INSTRUMENT_FILE);

	@Autowired
	private FisResponseRepository responses;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void shouldStoreExactlyTheDesignedColumnsAndNothingThatIdentifiesAPerson() throws Exception {
		ResultKey key = ResultKey.generate(new SecureRandom());
		List<Integer> answers = Answers.forTotal(123);
		Score score = new Scoring(INSTRUMENT, new FisProperties(105, new FisProperties.Bands(70, 105, 140), 100)).score(answers);
		this.responses.save(new FisResponse(key, 1, INSTRUMENT.version(), answers, score, true, LocalDate.of(2026, 11, 26)));
		this.responses.findByKeyHashOrderByAttemptDesc(key.hash(), Limit.unlimited());

		List<Map<String, Object>> rows = this.jdbc.queryForList("select * from fis_response");

		assertThat(rows).hasSize(1);
		Map<String, Object> row = rows.get(0);
		assertThat(row.keySet()).map(String::toLowerCase)
			.containsExactlyInAnyOrder("id", "key_hash", "attempt", "instrument_version", "answers", "total", "research_consent",
					"submitted_on");
		String expectedHash = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.US_ASCII)));
		assertThat(row.get("KEY_HASH")).isEqualTo(expectedHash).isNotEqualTo(key.toString());
		assertThat(row.values()).noneMatch((value) -> String.valueOf(value).contains(key.toString()));
		assertThat(row.get("INSTRUMENT_VERSION")).isEqualTo(INSTRUMENT.version());
		assertThat(row.get("ANSWERS")).isEqualTo(Answers.formBody(answers).replaceAll("(^|&)q\\d+=", ""));
		assertThat(row.get("TOTAL")).isEqualTo(123);
		assertThat(row.get("RESEARCH_CONSENT")).isEqualTo(true);
		assertThat(row.get("SUBMITTED_ON")).isEqualTo(Date.valueOf(LocalDate.of(2026, 11, 26)));
	}

	@Test
	void shouldFindAndDeleteOnlyByTheHashOfTheKey() {
		ResultKey kept = ResultKey.generate(new SecureRandom());
		ResultKey deleted = ResultKey.generate(new SecureRandom());
		Scoring scoring = new Scoring(INSTRUMENT, new FisProperties(105, new FisProperties.Bands(70, 105, 140), 100));
		for (ResultKey key : List.of(kept, deleted)) {
			this.responses.save(new FisResponse(key, 1, INSTRUMENT.version(), Answers.all(2), scoring.score(Answers.all(2)),
					false, LocalDate.of(2026, 1, 1)));
		}

		assertThat(this.responses.findByKeyHashOrderByAttemptDesc(kept.hash(), Limit.unlimited())).singleElement().satisfies((response) -> {
			assertThat(response.answers()).isEqualTo(Answers.all(2));
			assertThat(response.attempt()).isEqualTo(1);
		});
		assertThat(this.responses.deleteByKeyHash(deleted.hash())).isEqualTo(1);
		assertThat(this.responses.deleteByKeyHash(deleted.hash())).isZero();
		assertThat(this.responses.findByKeyHashOrderByAttemptDesc(deleted.hash(), Limit.unlimited())).isEmpty();
		assertThat(this.responses.findByKeyHashOrderByAttemptDesc(kept.hash(), Limit.unlimited())).hasSize(1);
	}

}
