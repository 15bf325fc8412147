package org.closer.production;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.closer.support.Answers;
import org.closer.support.MockForm;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every table still takes rows once the pool has retired the connections that created its schema, as
 * it does after half an hour: the embedded database checks its constraints on any connection.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RetiredConnectionsTest {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private DataSource dataSource;

	@Test
	void shouldStoreResultsInvitationsAndPairingsOnFreshConnections() throws Exception {
		((HikariDataSource) this.dataSource).getHikariPoolMXBean().softEvictConnections();

		String inviter = MockForm.submit(this.mvc, Answers.formBody(Answers.forTotal(120))).getResponse()
			.getHeader("Location");
		String link = Jsoup.parse(MockForm.post(this.mvc, inviter + "/partner", "").getResponse().getContentAsString())
			.selectFirst("a#invite-link").attr("href");
		String partner = MockForm.post(this.mvc, link.substring(link.indexOf("/together/")) + "/questions",
				Answers.formBody(Answers.forTotal(80))).getResponse().getHeader("Location");

		assertThat(MockForm.post(this.mvc, partner + "/partner/share", "")).hasStatus(HttpStatus.SEE_OTHER);
		assertThat(MockForm.post(this.mvc, inviter + "/partner/confirm", "")).hasStatus(HttpStatus.SEE_OTHER);
		assertThat(this.mvc.get().uri(inviter + "/compare").exchange()).hasStatusOk();
	}

}
