package org.closer.support;

import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The questionnaire posted through MockMvc with a valid CSRF token, for tests that need no real port. */
public final class MockForm {

	private static final Pattern CSRF_VALUE = Pattern.compile("name=\"_csrf\" value=\"[^\"]*\"");

	private MockForm() {
	}

	/** Posts a form body, as it is, to the questionnaire. */
	public static MvcTestResult submit(MockMvcTester mvc, String body) {
		return post(mvc, "/fis/questions", body);
	}

	/** Posts a form body, as it is, with a valid CSRF token, to any path. */
	public static MvcTestResult post(MockMvcTester mvc, String path, String body) {
		return mvc.post()
			.uri(path)
			.with(csrf())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content(body)
			.exchange();
	}

	/** A page with the value of every CSRF token taken out, for comparing two answers byte for byte. */
	public static String withoutCsrfToken(String page) {
		return CSRF_VALUE.matcher(page).replaceAll("name=\"_csrf\" value=\"\"");
	}

	/** Submits complete answers and opens the result page the answer leads to. */
	public static Document resultPage(MockMvcTester mvc, List<Integer> answers) throws Exception {
		String location = submit(mvc, Answers.formBody(answers)).getResponse().getHeader("Location");
		return Jsoup.parse(mvc.get().uri(location).exchange().getResponse().getContentAsString());
	}

}
