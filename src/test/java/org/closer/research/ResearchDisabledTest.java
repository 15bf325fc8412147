package org.closer.research;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Without a configured password hash the research pages do not exist: there is no default password. */
@SpringBootTest
@AutoConfigureMockMvc
class ResearchDisabledTest {

	@Autowired
	private MockMvcTester mvc;

	@ParameterizedTest
	@ValueSource(strings = { "/research", "/research/responses.csv" })
	void shouldAnswerNotFoundWhenNoHashIsConfigured(String path) {
		assertThat(this.mvc.get().uri(path).header("Authorization", "Basic cmVzZWFyY2hlcjpvcGVuIHNlc2FtZQ==").exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
	}

}
