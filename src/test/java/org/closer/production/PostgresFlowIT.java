package org.closer.production;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.closer.support.Answers;
import org.flywaydb.core.Flyway;
import org.closer.support.Postgres;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

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
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The whole flow on a real PostgreSQL server, selected by configuration alone: the same Flyway
 * migrations and queries, in a schema of this run's own.
 */
@ExtendWith(Postgres.class)
@SpringBootTest(properties = { "closer.research.username=researcher",
		"closer.research.password-hash=$2a$10$q9PRGTsbnYSg0GfOJ9OkFOLnnIiCzUI3.dnOKuH/FnfGecVRSkEoa",
		"closer.insights.cache-for=0s", "closer.insights.exact=true", "closer.insights.min-pool=2" })
@AutoConfigureMockMvc
class PostgresFlowIT {

	private static String schema;

	/** A link stored on the first schema, before the application migrates it. */
	private static final String STORED_BEFORE = Base64.getUrlEncoder().withoutPadding()
		.encodeToString(new SecureRandom().generateSeed(16));

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		schema = Postgres.createSchema();
		DriverManagerDataSource v1 = new DriverManagerDataSource(Postgres.url(schema), Postgres.USER, "");
		Flyway.configure().dataSource(v1).schemas(schema).target("1").load().migrate();
		new JdbcTemplate(v1).update("insert into fis_response (key_hash, instrument_version, answers, total, "
				+ "research_consent, submitted_on) values (?, 'fis-1991-closer-1', ?, 105, false, date '2026-10-01')",
				sha256(STORED_BEFORE), "3".repeat(35));
		Postgres.use(schema, registry);
	}

	@AfterAll
	static void dropSchema() {
		Postgres.dropSchema(schema);
	}

	@Test
	void shouldRunTheWholeFlowOnPostgres() throws Exception {
		assertThat(this.jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
		assertThat(this.jdbc.queryForObject("select current_schema()", String.class)).isEqualTo(schema);

		Document before = page("/fis/results/" + STORED_BEFORE);
		assertThat(before.getElementById("fis-total").attr("value")).as("a link from the first schema").isEqualTo("105");
		assertThat(before.getElementById("fis-history-count").attr("value")).isEqualTo("1");

		String shared = submit(Answers.forTotal(90), true);
		submit(Answers.forTotal(140), true);
		String kept = submit(Answers.forTotal(120), false);
		String deleted = submit(Answers.all(3), true);

		Document result = page(kept);
		assertThat(result.getElementById("fis-total").attr("value")).isEqualTo("120");
		assertThat(result.getElementById("fis-band").attr("value")).isEqualTo("high");
		assertThat(result.getElementById("counseling")).isNotNull();
		assertThat(result.getElementById("fis-pool").attr("value")).isEqualTo("3");
		assertThat(result.getElementById("fis-percentile").attr("value")).as("90 and 105 below 120").isEqualTo("66");

		assertThat(this.mvc.post().uri(deleted + "/delete").with(csrf()).exchange()).hasStatus(HttpStatus.SEE_OTHER);
		assertThat(this.mvc.get().uri(deleted).exchange()).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(page(shared).getElementById("fis-pool").attr("value")).isEqualTo("2");

		assertThat(this.mvc.post()
			.uri(shared + "/again")
			.with(csrf())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content(Answers.formBody(Answers.forTotal(70)) + "&consent=yes")
			.exchange()).hasStatus(HttpStatus.SEE_OTHER);
		Document retaken = page(shared);
		assertThat(retaken.getElementById("fis-history-count").attr("value")).isEqualTo("2");
		assertThat(retaken.getElementById("fis-change").attr("value")).isEqualTo("-20");
		assertThat(retaken.getElementById("fis-pool").attr("value")).as("a retake is still one person").isEqualTo("2");

		Document insights = page("/insights");
		assertThat(insights.getElementById("insights-pool").attr("value")).isEqualTo("2");
		assertThat(insights.getElementById("insights-median").attr("value")).isEqualTo("115.0");

		MvcTestResult export = this.mvc.get()
			.uri("/research/responses.csv")
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString("researcher:open sesame".getBytes(StandardCharsets.UTF_8)))
			.exchange();
		assertThat(export).hasStatusOk();
		String[] lines = export.getResponse().getContentAsString(StandardCharsets.UTF_8).split("\r\n");
		assertThat(lines).hasSize(4);
		Map<String, String> seriesAndAttemptByTotal = Stream.of(lines).skip(1)
			.map((line) -> line.split(","))
			.collect(Collectors.toMap((columns) -> columns[38], (columns) -> columns[39] + "," + columns[40]));
		assertThat(seriesAndAttemptByTotal).containsOnlyKeys("90", "70", "140");
		assertThat(seriesAndAttemptByTotal.get("90")).endsWith(",1");
		assertThat(seriesAndAttemptByTotal.get("70")).as("the retake in the same series")
			.isEqualTo(seriesAndAttemptByTotal.get("90").replace(",1", ",2"));
		assertThat(seriesAndAttemptByTotal.get("140")).endsWith(",1").isNotEqualTo(seriesAndAttemptByTotal.get("90"));
		assertThat(this.jdbc.queryForObject("select count(*) from fis_response", Integer.class)).isEqualTo(5);
	}

	private static String sha256(String key) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String submit(List<Integer> answers, boolean consent) {
		MvcTestResult result = this.mvc.post()
			.uri("/fis/questions")
			.with(csrf())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content(Answers.formBody(answers) + (consent ? "&consent=yes" : ""))
			.exchange();
		assertThat(result).hasStatus(HttpStatus.SEE_OTHER);
		return result.getResponse().getHeader("Location");
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(this.mvc.get().uri(path).exchange().getResponse().getContentAsString());
	}

}
