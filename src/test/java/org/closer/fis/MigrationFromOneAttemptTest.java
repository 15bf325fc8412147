package org.closer.fis;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.closer.support.Answers;
import org.flywaydb.core.Flyway;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A database of the first schema, one attempt per link, holding rows, migrated as the application
 * starts: every row kept as it was, now attempt 1 of its own history, and every old link still opening
 * its single attempt and taking a second.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MigrationFromOneAttemptTest {

	private static final String URL = "jdbc:h2:mem:closer-v1-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

	private static final ResultKey KEPT = ResultKey.generate(new SecureRandom());

	private static final ResultKey SHARED = ResultKey.generate(new SecureRandom());

	private static List<Map<String, Object>> before;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@DynamicPropertySource
	static void aDatabaseOfTheFirstSchemaWithRows(DynamicPropertyRegistry registry) {
		DriverManagerDataSource v1 = new DriverManagerDataSource(URL, "sa", "");
		Flyway.configure().dataSource(v1).target("1").load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(v1);
		String insert = "insert into fis_response (key_hash, instrument_version, answers, total, research_consent, "
				+ "submitted_on) values (?, 'fis-1991-closer-1', ?, ?, ?, date '2026-10-01')";
		jdbc.update(insert, KEPT.hash(), digits(Answers.forTotal(120)), 120, false);
		jdbc.update(insert, SHARED.hash(), digits(Answers.forTotal(80)), 80, true);
		before = jdbc.queryForList("select * from fis_response order by id");
		registry.add("spring.datasource.url", () -> URL);
	}

	@Test
	void shouldKeepEveryRowAsItWasAsTheFirstAttemptOfItsOwnHistory() {
		// Only the seeded rows: another test here adds an attempt to one of the links.
		List<Map<String, Object>> after = this.jdbc.queryForList(
				"select * from fis_response where attempt = 1 and key_hash in (?, ?) order by id", KEPT.hash(),
				SHARED.hash());

		assertThat(Integer.parseInt(Flyway.configure().dataSource(URL, "sa", "").load().info().current().getVersion()
			.getVersion())).as("migrated past the first schema").isGreaterThanOrEqualTo(2);
		assertThat(after).hasSize(2);
		for (int i = 0; i < after.size(); i++) {
			Map<String, Object> row = new HashMap<>(after.get(i));
			assertThat(row.remove("ATTEMPT")).isEqualTo(1);
			assertThat(row).isEqualTo(before.get(i));
		}
	}

	@Test
	void shouldOpenEveryOldLinkWithItsSingleAttemptAndTakeASecond() throws Exception {
		Document page = page("/fis/results/" + KEPT);
		assertThat(page.getElementById("fis-total").attr("value")).isEqualTo("120");
		assertThat(page.getElementById("fis-history-count").attr("value")).isEqualTo("1");

		assertThat(this.mvc.post()
			.uri("/fis/results/" + SHARED + "/again")
			.with(csrf())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content(Answers.formBody(Answers.forTotal(70)))
			.exchange()).hasStatus(HttpStatus.SEE_OTHER);
		Document retaken = page("/fis/results/" + SHARED);
		assertThat(retaken.getElementById("fis-history-count").attr("value")).isEqualTo("2");
		assertThat(retaken.getElementById("fis-change").attr("value")).isEqualTo("-10");
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(this.mvc.get().uri(path).exchange().getResponse().getContentAsString());
	}

	private static String digits(List<Integer> answers) {
		StringBuilder digits = new StringBuilder();
		answers.forEach(digits::append);
		return digits.toString();
	}

}
