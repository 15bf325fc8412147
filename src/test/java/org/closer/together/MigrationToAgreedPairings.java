package org.closer.together;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;

import org.closer.fis.ResultKey;
import org.closer.support.Answers;
import org.closer.support.MockForm;
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
 * A database of the third schema holding pairings in every state it knew, migrated as the application
 * starts, for each database the site runs on: every response kept as it was; an undecided answer still
 * asked, a declined one gone without a trace and its invitation open again, a shared comparison still
 * showing the answers it showed.
 */
abstract class MigrationToAgreedPairings {

	static final ResultKey INVITING = key();

	static final ResultKey WAITED_ON = key();

	static final ResultKey UNDECIDED = key();

	static final ResultKey DECLINING = key();

	static final ResultKey DECLINED_TO = key();

	static final ResultKey SHARING = key();

	static final ResultKey SHARED_WITH = key();

	static final ResultKey OPEN = key();

	static final ResultKey ANSWERED = key();

	static final ResultKey DECLINED = key();

	private static List<Map<String, Object>> responsesBefore;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	/**
	 * Migrates the database to the third schema and fills it with responses and pairings in every state,
	 * on one connection: the third schema's check of the state fails on H2 once the connection that
	 * made it has closed, which the fourth removes.
	 */
	static void fillTheThirdSchema(String url, String user, String schema) {
		SingleConnectionDataSource database = new SingleConnectionDataSource(url, user, "", true);
		Flyway.configure().dataSource(database).schemas(schema).target("3").load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(database);
		for (ResultKey key : List.of(INVITING, WAITED_ON, UNDECIDED, DECLINING, DECLINED_TO, SHARING, SHARED_WITH)) {
			respond(jdbc, key, 1, 120);
		}
		respond(jdbc, SHARED_WITH, 2, 80);
		pair(jdbc, OPEN, INVITING, null, "INVITED");
		pair(jdbc, ANSWERED, WAITED_ON, UNDECIDED, "ANSWERED");
		pair(jdbc, DECLINED, DECLINED_TO, DECLINING, "DECLINED");
		pair(jdbc, key(), SHARING, SHARED_WITH, "SHARED");
		responsesBefore = jdbc.queryForList("select * from fis_response order by id");
		database.destroy();
	}

	@Test
	void shouldKeepEveryResponseAsItWas() {
		assertThat(this.jdbc.queryForList("select * from fis_response order by id")).isEqualTo(responsesBefore);
	}

	@Test
	void shouldKeepOpenInvitationsOpenAndAnUndecidedAnswerAsked() throws Exception {
		assertThat(this.mvc.get().uri("/together/" + OPEN).exchange()).hasStatus(HttpStatus.OK);
		assertThat(this.mvc.get().uri("/together/" + ANSWERED).exchange()).as("open to answers until someone shares")
			.hasStatus(HttpStatus.OK);
		assertThat(status(INVITING)).isEqualTo("waiting");
		assertThat(status(WAITED_ON)).isEqualTo("waiting");
		assertThat(status(UNDECIDED)).isEqualTo("asked");

		assertThat(MockForm.post(this.mvc, "/fis/results/" + UNDECIDED + "/partner/share", ""))
			.hasStatus(HttpStatus.SEE_OTHER);
		assertThat(status(WAITED_ON)).isEqualTo("asked");
	}

	@Test
	void shouldLeaveNoTraceOfADecline() throws Exception {
		assertThat(this.jdbc.queryForObject("select count(*) from fis_pairing where partner_key_hash = ?", Integer.class,
				DECLINING.hash())).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from fis_pairing_reply where key_hash = ?", Integer.class,
				DECLINING.hash())).isZero();
		assertThat(status(DECLINING)).isEqualTo("none");
		assertThat(status(DECLINED_TO)).isEqualTo("waiting");
		assertThat(this.mvc.get().uri("/together/" + DECLINED).exchange()).hasStatus(HttpStatus.OK);
	}

	@Test
	void shouldKeepASharedComparisonShowingTheAnswersItShowed() throws Exception {
		assertThat(status(SHARING)).isEqualTo("shared");
		Document comparison = page("/fis/results/" + SHARING + "/compare");
		assertThat(comparison.getElementById("compare-total-you").attr("value")).isEqualTo("120");
		assertThat(comparison.getElementById("compare-total-partner").attr("value")).as("the latest then")
			.isEqualTo("80");
		assertThat(page("/fis/results/" + SHARED_WITH + "/compare").getElementById("compare-newer").attr("value"))
			.isEqualTo("none");
	}

	private String status(ResultKey key) throws Exception {
		return page("/fis/results/" + key).getElementById("partner-status").attr("value");
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(this.mvc.get().uri(path).exchange().getResponse().getContentAsString());
	}

	private static void respond(JdbcTemplate jdbc, ResultKey key, int attempt, int total) {
		String answers = Answers.formBody(Answers.forTotal(total)).replaceAll("(^|&)q\\d+=", "");
		jdbc.update("insert into fis_response (key_hash, attempt, instrument_version, answers, total, research_consent, "
				+ "submitted_on) values (?, ?, 'fis-1991-closer-1', ?, ?, false, current_date)", key.hash(), attempt,
				answers, total);
	}

	private static void pair(JdbcTemplate jdbc, ResultKey token, ResultKey inviter, ResultKey partner, String state) {
		jdbc.update("insert into fis_pairing (token_hash, inviter_key_hash, partner_key_hash, state, invited_on, "
				+ "expires_on) values (?, ?, ?, ?, current_date, current_date + 14)", token.hash(), inviter.hash(),
				(partner != null) ? partner.hash() : null, state);
	}

	private static ResultKey key() {
		return ResultKey.generate(new SecureRandom());
	}

}
