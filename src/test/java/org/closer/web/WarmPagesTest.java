package org.closer.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordingFile;
import org.closer.support.Answers;
import org.closer.support.MockForm;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Once warm, the site renders its pages again and again without compiling a template expression
 * anew. The SpEL compiler turns an expression into a class for the type it meets; when one expression
 * meets two types (one name in two templates for two different things), each meeting with the other
 * type throws the class away and compiles again, and every page holding the expression is slower.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WarmPagesTest {

	/** The package of the classes the SpEL compiler writes. */
	private static final String COMPILED = "org.springframework.expression.spel.generated.";

	@Autowired
	private MockMvcTester mvc;

	@Test
	void shouldCompileNoTemplateExpressionAgainOnceWarm(@TempDir Path directory) throws Exception {
		List<String> pages = pages();
		render(pages, 110);
		List<String> compiled;
		try (Recording recording = new Recording()) {
			recording.enable("jdk.ClassDefine");
			recording.start();
			render(pages, 100);
			recording.stop();
			Path file = directory.resolve("warm.jfr");
			recording.dump(file);
			compiled = RecordingFile.readAllEvents(file)
				.stream()
				.map((event) -> event.getClass("definedClass").getName())
				.filter((name) -> name.startsWith(COMPILED))
				.toList();
			Files.delete(file);
		}
		assertThat(compiled).as("expressions compiled again while rendering %s a hundred times more", pages).isEmpty();
	}

	/** Every kind of page a link leads to, with all of the result page's sections shown and with few. */
	private List<String> pages() throws Exception {
		String alone = result(90);
		String inviter = result(120);
		MockForm.post(this.mvc, inviter + "/again", Answers.formBody(Answers.forTotal(110)));
		String invitation = Jsoup.parse(MockForm.post(this.mvc, inviter + "/partner", "").getResponse().getContentAsString())
			.selectFirst("a#invite-link")
			.attr("href");
		String partner = MockForm.post(this.mvc, invitation.substring(invitation.indexOf("/together/")) + "/questions",
				Answers.formBody(Answers.forTotal(100))).getResponse().getHeader("Location");
		MockForm.post(this.mvc, partner + "/partner/share", "");
		MockForm.post(this.mvc, inviter + "/partner/confirm", "");
		MockForm.post(this.mvc, inviter + "/path/1/done", "closeness=3");
		MockForm.post(this.mvc, inviter + "/path/2/done", "closeness=4");
		List<String> pages = new ArrayList<>(List.of(alone, inviter, inviter + "/compare", inviter + "/path",
				alone + "/path", alone + "/path/6", "/insights", "/fis/questions"));
		for (int session = 1; session <= 6; session++) {
			pages.add(inviter + "/path/" + session);
		}
		return pages;
	}

	private void render(List<String> pages, int times) {
		for (int round = 0; round < times; round++) {
			for (String page : pages) {
				assertThat(this.mvc.get().uri(page).exchange()).as(page).hasStatus(HttpStatus.OK);
			}
		}
	}

	private String result(int total) {
		return MockForm.submit(this.mvc, Answers.formBody(Answers.forTotal(total))).getResponse().getHeader("Location");
	}

}
