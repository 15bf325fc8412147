package org.closer.learn;

import org.closer.support.Headers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@AutoConfigureMockMvc
class LearningPagesTest {

	@Autowired
	private MockMvcTester mvc;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			/                      | Closeness, explained gently   | It is not only about sex:People are social
			/intimacy              | The four types of intimacy    | four kinds:Emotional intimacy
			/intimacy/experiential | Experiential intimacy         | model railway:shared rhythm
			/intimacy/emotional    | Emotional intimacy            | body looks:Try this
			/intimacy/intellectual | Intellectual intimacy         | disagree:not to win
			/intimacy/sexual       | Sexual intimacy               | touched:for adults
			/fear                  | When closeness feels frightening | Fear of abandonment:avoidant personality disorder
			/tips                  | Growing closer, step by step  | Be patient:couples counseling
			/help                  | Find help                     | emergency number:findahelpline.com
			/about                 | About Closer                  | not a diagnosis:Copyright © 1991 by the American Psychological Association
			""")
	void shouldServeEveryLearningPageWithItsHeadAndContent(String path, String title, String facts) throws Exception {
		MvcTestResult result = this.mvc.get().uri(path).accept("text/html").exchange();

		assertThat(result).hasStatus(HttpStatus.OK);
		Headers.assertStrict(Headers.of(result));
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.title()).isEqualTo(title + " · Closer");
		assertThat(page.selectFirst("h1").text()).isEqualTo(title);
		assertThat(page.selectFirst("meta[name=description]").attr("content")).hasSizeGreaterThan(40);
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(page.selectFirst("a.skip-link").attr("href")).isEqualTo("#main");
		assertThat(page.select("footer a[href=/help]")).isNotEmpty();
		for (String fact : facts.split(":")) {
			assertThat(page.body().text()).contains(fact.strip());
		}
	}

	@ParameterizedTest(name = "{0} marks {1}")
	@CsvSource(delimiter = '|', textBlock = """
			/fear                | /fear     | page
			/intimacy            | /intimacy | page
			/intimacy/emotional  | /intimacy | true
			""")
	void shouldMarkTheCurrentPageInTheNavigation(String path, String navLink, String ariaCurrent) throws Exception {
		Document page = Jsoup.parse(this.mvc.get().uri(path).exchange().getResponse().getContentAsString());

		assertThat(page.select("nav a[aria-current]")).singleElement()
			.satisfies((link) -> assertThat(link.attr("href")).isEqualTo(navLink))
			.satisfies((link) -> assertThat(link.attr("aria-current")).isEqualTo(ariaCurrent));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "/intimacy/romantic", "/nothing-here", "/index", "/intimacy/emotional/more", "/INTIMACY" })
	void shouldAnswerUnknownPagesWithTheFriendlyNotFoundPage(String path) {
		MvcTestResult result = this.mvc.get().uri(path).accept("text/html").exchange();

		assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
	}

}
