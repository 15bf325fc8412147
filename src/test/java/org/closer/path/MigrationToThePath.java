package org.closer.path;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;

import org.closer.fis.ResultKey;
import org.closer.support.MockForm;
import org.closer.support.ResponseRows;
import org.flywaydb.core.Flyway;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database of the fourth schema holding results, a retake and a shared comparison, migrated as the
 * application starts, for each database the site runs on: every row kept as it was, every link still
 * opening its result and its comparison, and each able to start the path.
 */
abstract class MigrationToThePath {

	static final ResultKey ONCE = key();

	static final ResultKey TWICE = key();

	static final ResultKey INVITER = key();

	static final ResultKey PARTNER = key();

	private static List<Map<String, Object>> responsesBefore;

	private static List<Map<String, Object>> pairingsBefore;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	/** Migrates the database to the fourth schema and fills it, on one connection. */
	static void fillTheFourthSchema(String url, String user, String schema) {
		SingleConnectionDataSource database = new SingleConnectionDataSource(url, user, "", true);
		Flyway.configure().dataSource(database).schemas(schema).target("4").load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(database);
		ResponseRows rows = new ResponseRows(jdbc);
		rows.insertAttempt(ONCE.hash(), 1, 140, false);
		rows.insertAttempt(TWICE.hash(), 1, 120, false);
		rows.insertAttempt(TWICE.hash(), 2, 90, true);
		rows.insertAttempt(INVITER.hash(), 1, 100, false);
		rows.insertAttempt(PARTNER.hash(), 1, 70, false);
		jdbc.update("insert into fis_pairing (token_hash, inviter_key_hash, partner_key_hash, state, expires_on, "
				+ "inviter_attempt, partner_attempt) values (?, ?, ?, 'SHARED', current_date + 14, 1, 1)",
				key().hash(), INVITER.hash(), PARTNER.hash());
		responsesBefore = jdbc.queryForList("select * from fis_response order by id");
		pairingsBefore = jdbc.queryForList("select * from fis_pairing order by id");
		database.destroy();
	}

	@Test
	void shouldKeepEveryRowAsItWas() {
		assertThat(this.jdbc.queryForList("select * from fis_response order by id")).isEqualTo(responsesBefore);
		assertThat(this.jdbc.queryForList("select * from fis_pairing order by id")).isEqualTo(pairingsBefore);
		assertThat(this.jdbc.queryForObject("select count(*) from fis_path where key_hash in (?, ?, ?)", Integer.class,
				ONCE.hash(), INVITER.hash(), PARTNER.hash())).as("no path started by the migration").isZero();
	}

	@Test
	void shouldOpenEveryLinkAsBeforeWithThePathNotStarted() throws Exception {
		Document once = page("/fis/results/" + ONCE);
		assertThat(once.getElementById("fis-total").attr("value")).isEqualTo("140");
		assertThat(once.select("form#path-start")).hasSize(1);
		assertThat(page("/fis/results/" + TWICE).getElementById("fis-change").attr("value")).isEqualTo("-30");
		assertThat(page("/fis/results/" + INVITER + "/compare").getElementById("compare-total-partner").attr("value"))
			.isEqualTo("70");
	}

	@Test
	void shouldStartThePathFromTheLatestAttemptOfAnOldLink() throws Exception {
		assertThat(MockForm.post(this.mvc, "/fis/results/" + TWICE + "/path/1/done", "closeness=3"))
			.hasStatus(HttpStatus.SEE_OTHER);
		assertThat(this.jdbc.queryForObject("select started_from from fis_path where key_hash = ?", Integer.class,
				TWICE.hash())).isEqualTo(2);
		assertThat(page("/fis/results/" + TWICE + "/path").select("#path-sessions li[data-state=done]")).hasSize(1);
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(this.mvc.get().uri(path).exchange().getResponse().getContentAsString());
	}

	private static ResultKey key() {
		return ResultKey.generate(new SecureRandom());
	}

}
