package org.closer.research;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.closer.support.ResponseRows;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The researcher's login and export, with a configured BCrypt hash of "open sesame". */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:research-export-test;DB_CLOSE_DELAY=-1",
		"closer.research.username=researcher",
		"closer.research.password-hash=" + ResearchExportTest.HASH })
@AutoConfigureMockMvc
class ResearchExportTest {

	static final String HASH = "$2a$10$q9PRGTsbnYSg0GfOJ9OkFOLnnIiCzUI3.dnOKuH/FnfGecVRSkEoa";

	private static final String HEADER = "response,instrument_version,submitted_on,q1,q2,q3,q4,q5,q6,q7,q8,q9,q10,"
			+ "q11,q12,q13,q14,q15,q16,q17,q18,q19,q20,q21,q22,q23,q24,q25,q26,q27,q28,q29,q30,q31,q32,q33,q34,q35,total,series,attempt";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeEach
	void storeAKnownPool() {
		ResponseRows rows = new ResponseRows(this.jdbc);
		rows.deleteAll();
		rows.insertConsenting(35, 120);
		rows.insert(175, false, ResponseRows.VERSION, 3);
		rows.insertConsenting(99);
	}

	@Test
	void shouldRefuseEveryRequestWithoutTheRightLoginAlike() {
		MvcTestResult none = this.mvc.get().uri("/research/responses.csv").exchange();
		MvcTestResult wrongPassword = this.mvc.get().uri("/research/responses.csv").header("Authorization", basic("researcher", "guess")).exchange();
		MvcTestResult unknownUser = this.mvc.get().uri("/research").header("Authorization", basic("admin", "guess")).exchange();

		for (MvcTestResult refused : List.of(none, wrongPassword, unknownUser)) {
			assertThat(refused).hasStatus(HttpStatus.UNAUTHORIZED);
			assertThat(refused).headers().hasValue("WWW-Authenticate", "Basic realm=\"Closer research\"");
			assertThat(refused.getResponse().getContentAsByteArray()).isEmpty();
		}
	}

	@Test
	void shouldExportOnlyConsentingResponsesAsRfc4180Csv() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/research/responses.csv").header("Authorization", basic("researcher", "open sesame")).exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).headers()
			.hasValue("Content-Type", "text/csv;charset=UTF-8")
			.hasValue("Cache-Control", "no-store")
			.hasValue("Content-Disposition", "attachment; filename=\"closer-fis-responses.csv\"");
		String csv = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).endsWith("\r\n").doesNotContain("\n\n");
		List<String> lines = List.of(csv.split("\r\n"));
		assertThat(lines).hasSize(4);
		assertThat(lines.get(0)).isEqualTo(HEADER);
		assertThat(lines.subList(1, 4)).extracting((line) -> line.split(",", -1).length).containsOnly(41);
		assertThat(lines.subList(1, 4)).extracting((line) -> line.split(",")[0]).containsExactly("1", "2", "3");
		assertThat(lines.subList(1, 4)).extracting((line) -> line.split(",")[39]).as("series")
			.containsExactly("1", "2", "3");
		assertThat(lines.subList(1, 4)).extracting((line) -> line.split(",")[38]).as("totals, in no stored order")
			.containsExactlyInAnyOrder("35", "120", "99");
		assertThat(lines.subList(1, 4)).anySatisfy((line) -> assertThat(line.substring(line.indexOf(',')))
			.isEqualTo("," + ResponseRows.VERSION + ",2026-11-01,"
					+ "1,1,5,1,1,5,5,5,1,5,1,1,1,5,1,1,5,5,5,1,5,5,1,1,5,1,5,1,5,5,1,1,1,1,1,35,"
					+ line.split(",")[39] + ",1"));
		assertThat(csv).doesNotContain(",175\r\n");
	}

	@Test
	void shouldGroupTheSharedAttemptsOfEachHistoryInASeriesOfItsOwn() throws Exception {
		ResponseRows rows = new ResponseRows(this.jdbc);
		rows.deleteAll();
		String retaken = "a".repeat(64);
		rows.insertAttempt(retaken, 1, 120, true);
		rows.insertAttempt(retaken, 2, 110, false);
		rows.insertAttempt(retaken, 3, 100, true);
		rows.insertAttempt("b".repeat(64), 1, 90, true);

		String csv = this.mvc.get().uri("/research/responses.csv").header("Authorization", basic("researcher", "open sesame"))
			.exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);

		List<String> lines = List.of(csv.split("\r\n")).subList(1, 4);
		assertThat(lines).extracting((line) -> String.join(",", List.of(line.split(",")).subList(38, 41)))
			.as("total, series, attempt: the attempt not shared is left out, the numbers keep their gap")
			.containsExactly("120,1,1", "100,1,3", "90,2,1");
		assertThat(csv).doesNotContain(retaken);
	}

	@Test
	void shouldDescribeEveryColumnOnTheCodebook() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/research").header("Authorization", basic("researcher", "open sesame")).exchange();

		assertThat(result).hasStatusOk();
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.select("table").get(0).select("tbody th code").eachText())
			.containsExactly("response", "instrument_version", "submitted_on", "q1–q35", "total", "series", "attempt");
		assertThat(page.select("table").get(1).select("tbody tr")).hasSize(35);
		assertThat(page.select("a[href=/research/responses.csv]")).hasSize(1);
		assertThat(page.text()).contains(ResponseRows.VERSION).contains("Copyright © 1991 by the American Psychological Association");
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

}
