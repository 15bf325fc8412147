package org.closer.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every form the site takes is found again on a page a visitor can open, so that the page for a refused
 * form always links to a fresh copy of that form, and not to the questionnaire by default.
 */
@SpringBootTest
class FreshFormTest {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Autowired
	private PostHandlers handlers;

	@Test
	void shouldFindEveryFormAgainOnAPageThatAnswersAGet() throws Exception {
		List<String> posts = this.mappings.getHandlerMethods()
			.keySet()
			.stream()
			.filter((mapping) -> mapping.getMethodsCondition().getMethods().contains(RequestMethod.POST))
			.flatMap((mapping) -> mapping.getPatternValues().stream())
			.map((pattern) -> pattern.replaceAll("\\{[^}]+}", "AAAAAAAAAAAAAAAAAAAAAA"))
			.toList();
		assertThat(posts).as("forms the site takes").hasSizeGreaterThan(10);

		for (String post : posts) {
			String page = this.handlers.formPage(new MockHttpServletRequest("POST", post)).orElseThrow();
			assertThat(page).as("the page of %s", post).doesNotContain("{");
			assertThat(answersGet(page)).as("%s, the page holding the form posted to %s, answers a GET", page, post)
				.isTrue();
		}
	}

	private boolean answersGet(String path) throws Exception {
		try {
			return this.mappings.getHandler(new MockHttpServletRequest("GET", path)) != null;
		}
		catch (HttpRequestMethodNotSupportedException ex) {
			return false;
		}
	}

}
