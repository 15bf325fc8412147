package org.closer.path;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.closer.support.Answers;
import org.closer.support.MockForm;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The path on a private link: starting it once, marking sessions done with a check-in and not done
 * again, in any order; what the pages say; and every way its forms and addresses can be misused.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PathFlowTest {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Clock clock;

	@Test
	void shouldOfferToStartOnTheResultPageAndStartOnlyOnce() throws Exception {
		String link = result(120);
		Document before = page(link);
		assertThat(before.selectFirst("section#path form#path-start").attr("action")).isEqualTo(link + "/path");
		assertThat(before.select("a#path-link")).isEmpty();

		MvcTestResult start = post(link + "/path", "");
		assertThat(start).hasStatus(HttpStatus.SEE_OTHER);
		assertThat(start.getResponse().getHeader("Location")).isEqualTo(link + "/path");
		assertThat(post(link + "/path", "")).as("starting again").hasStatus(HttpStatus.SEE_OTHER);

		assertThat(this.jdbc.queryForObject("select count(*) from fis_path where key_hash = ?", Integer.class,
				hash(link))).isEqualTo(1);
		Document after = page(link);
		assertThat(after.select("form#path-start")).isEmpty();
		assertThat(after.selectFirst("a#path-link").attr("href")).isEqualTo(link + "/path");
		assertThat(after.selectFirst("section#path").text()).contains("0 of the 6", "session 1: Where you start");
	}

	@Test
	void shouldListTheSessionsWithTheirStatesInAnyOrder() throws Exception {
		String link = result(100);
		post(link + "/path", "");
		assertThat(states(link)).isEqualTo("next later later later later later");

		assertThat(post(link + "/path/3/done", "closeness=4")).hasStatus(HttpStatus.SEE_OTHER);
		assertThat(states(link)).as("any order").isEqualTo("next later done later later later");
		post(link + "/path/1/done", "");
		assertThat(states(link)).isEqualTo("done next done later later later");

		Document path = page(link + "/path");
		assertThat(path.selectFirst("#path-sessions li[data-session=3]").text()).contains("Done on");
		assertThat(path.select("#path-check-ins tbody tr")).extracting((row) -> row.attr("data-closeness"))
			.as("only the session with a check-in")
			.containsExactly("4");
		assertThat(path.select("svg.check-ins__chart circle")).hasSize(1);
		assertThat(path.getElementById("path-not-measure").text()).contains("not a validated measure");
		assertThat(path.getElementById("path-stored").text()).contains("date", "never the time of day",
				"from 1 to 5", "started from", "Deleting your result deletes");
	}

	@Test
	void shouldMarkASessionDoneOnceAndNotDoneAgain() throws Exception {
		String link = result(90);
		MvcTestResult done = post(link + "/path/2/done", "closeness=5");
		assertThat(done).as("marking done starts the path").hasStatus(HttpStatus.SEE_OTHER);
		assertThat(done.getResponse().getHeader("Location")).isEqualTo(link + "/path");
		assertThat(post(link + "/path/2/done", "closeness=1")).as("twice").hasStatus(HttpStatus.SEE_OTHER);
		assertThat(this.jdbc.queryForList("select closeness from fis_path_session where key_hash = ?", Integer.class,
				hash(link))).as("the first mark stays").containsExactly(5);

		Document session = page(link + "/path/2");
		assertThat(session.select("form#path-done")).isEmpty();
		assertThat(session.getElementById("path-done-on")).isNotNull();
		assertThat(session.selectFirst("form#path-undo").attr("action")).isEqualTo(link + "/path/2/undo");

		MvcTestResult undo = post(link + "/path/2/undo", "");
		assertThat(undo).hasStatus(HttpStatus.SEE_OTHER);
		assertThat(undo.getResponse().getHeader("Location")).isEqualTo(link + "/path/2");
		assertThat(states(link)).isEqualTo("next later later later later later");
		assertThat(page(link + "/path/2").select("form#path-done input[type=radio][name=closeness]"))
			.extracting((radio) -> radio.attr("value"))
			.containsExactly("1", "2", "3", "4", "5");
	}

	@ParameterizedTest
	@ValueSource(strings = { "closeness=0", "closeness=6", "closeness=x", "closeness=", "closeness=04",
			"closeness=2&closeness=3", "note=I+feel+alone", "closeness=3&feeling=sad" })
	void shouldRefuseWhatTheFormCannotSendAndStoreNothing(String body) throws Exception {
		String link = result(110);

		MvcTestResult refused = post(link + "/path/1/done", body);

		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(rows(link)).isZero();
		assertThat(post(link + "/path", "text=hello")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(post(link + "/path/1/undo", "closeness=3")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.jdbc.queryForObject("select count(*) from fis_path where key_hash = ?", Integer.class,
				hash(link))).isZero();
	}

	@Test
	void shouldAcceptTheSameCheckInSentTwice() throws Exception {
		String link = result(110);
		assertThat(post(link + "/path/1/done", "closeness=2&closeness=2")).hasStatus(HttpStatus.SEE_OTHER);
		assertThat(this.jdbc.queryForList("select closeness from fis_path_session where key_hash = ?", Integer.class,
				hash(link))).containsExactly(2);
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "7", "-1", "x", "99999999999", "1.0", "01" })
	void shouldAnswerAnAddressWithoutASessionWithTheFriendlyNotFound(String session) throws Exception {
		String link = result(100);
		assertThat(this.mvc.get().uri(link + "/path/" + session).exchange()).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(post(link + "/path/" + session + "/done", "closeness=3")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri(link + "/path/" + session + "/reminder.ics").exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(rows(link)).isZero();
	}

	@Test
	void shouldAnswerAnUnknownOrDeletedLinkWithTheFriendlyNotFound() throws Exception {
		String unknown = "/fis/results/" + "A".repeat(43);
		for (String path : new String[] { "/path", "/path/1", "/path/1/reminder.ics" }) {
			MvcTestResult missing = this.mvc.get().uri(unknown + path).exchange();
			assertThat(missing).as(path).hasStatus(HttpStatus.NOT_FOUND);
		}
		assertThat(this.mvc.get().uri("/fis/results/not-a-key/path").exchange()).hasStatus(HttpStatus.NOT_FOUND);

		String link = result(100);
		post(link + "/path/1/done", "closeness=3");
		assertThat(post(link + "/delete", "")).hasStatus(HttpStatus.SEE_OTHER);

		assertThat(this.jdbc.queryForObject("select count(*) from fis_path where key_hash = ?", Integer.class,
				hash(link))).as("deleting the result removes the path").isZero();
		assertThat(rows(link)).isZero();
		assertThat(post(link + "/path", "")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(post(link + "/path/2/done", "closeness=3")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(post(link + "/path/1/undo", "")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.jdbc.queryForObject("select count(*) from fis_path where key_hash = ?", Integer.class,
				hash(link))).isZero();
	}

	@Test
	void shouldKeepThePathPrivateLikeTheResult() throws Exception {
		String link = result(100);
		for (String path : new String[] { "/path", "/path/1", "/path/6", "/path/1/reminder.ics" }) {
			MvcTestResult page = this.mvc.get().uri(link + path).exchange();
			assertThat(page).as(path).hasStatus(HttpStatus.OK);
			assertThat(page.getResponse().getHeader("Cache-Control")).as(path).isEqualTo("no-store");
			assertThat(page.getResponse().getHeader("X-Robots-Tag")).as(path).isEqualTo("noindex");
		}
	}

	@Test
	void shouldOfferACalendarFileForAWeekLaterThatNamesNothing() throws Exception {
		String link = result(100);

		MvcTestResult file = this.mvc.get().uri(link + "/path/3/reminder.ics").exchange();

		assertThat(file).hasStatus(HttpStatus.OK);
		assertThat(file.getResponse().getContentType()).startsWith("text/calendar");
		assertThat(file.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
		String calendar = file.getResponse().getContentAsString();
		String day = LocalDate.now(this.clock).plusDays(7).format(DateTimeFormatter.BASIC_ISO_DATE);
		assertThat(calendar).startsWith("BEGIN:VCALENDAR\r\n")
			.contains("VERSION:2.0", "BEGIN:VEVENT", "UID:", "DTSTAMP:", "DTSTART;VALUE=DATE:" + day, "SUMMARY:")
			.endsWith("END:VCALENDAR\r\n");
		assertThat(calendar.toLowerCase(Locale.ROOT)).as("names nothing and holds no link")
			.doesNotContain(link.substring(link.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT))
			.doesNotContain("http", "closer", "intima", "fear", "scale", "session", "path", "partner", "sex");
		assertThat(this.mvc.get().uri(link + "/path/3/reminder.ics").exchange().getResponse().getContentAsString())
			.as("a new identifier each time, tied to nothing")
			.isNotEqualTo(calendar);
	}

	private String states(String link) throws Exception {
		return String.join(" ", page(link + "/path").select("#path-sessions > li").eachAttr("data-state"));
	}

	private int rows(String link) {
		return this.jdbc.queryForObject("select count(*) from fis_path_session where key_hash = ?", Integer.class,
				hash(link));
	}

	private String result(int total) {
		return MockForm.submit(this.mvc, Answers.formBody(Answers.forTotal(total))).getResponse().getHeader("Location");
	}

	private MvcTestResult post(String path, String body) {
		return MockForm.post(this.mvc, path, body);
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(this.mvc.get().uri(path).exchange().getResponse().getContentAsString());
	}

	private static String hash(String link) {
		return org.closer.fis.ResultKey.parse(link.substring(link.lastIndexOf('/') + 1)).orElseThrow().hash();
	}

}
