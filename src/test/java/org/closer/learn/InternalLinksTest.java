package org.closer.learn;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.closer.support.Answers;
import org.closer.support.MockForm;
import org.closer.support.SitePages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** Crawls the site from every page in the navigation and a result on the path, and follows every same-site link, in content and templates alike. */
@SpringBootTest
@AutoConfigureMockMvc
class InternalLinksTest {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void shouldLeadEveryInternalLinkToAPageThatAnswersOk() throws Exception {
		Map<String, Document> pages = new HashMap<>();
		Map<String, String> brokenLinks = new HashMap<>();
		Set<String> anchors = new LinkedHashSet<>();
		Deque<String> toVisit = new ArrayDeque<>(SitePages.ALL);
		String onThePath = MockForm.submit(this.mvc, Answers.formBody(Answers.forTotal(130))).getResponse().getHeader("Location");
		MockForm.post(this.mvc, onThePath + "/path", "");
		toVisit.add(onThePath);
		while (!toVisit.isEmpty()) {
			String path = toVisit.pop();
			if (pages.containsKey(path)) {
				continue;
			}
			MvcTestResult result = this.mvc.get().uri(path).exchange();
			if (result.getResponse().getStatus() != 200) {
				brokenLinks.put(path, "answered " + result.getResponse().getStatus());
				pages.put(path, new Document(path));
				continue;
			}
			String contentType = result.getResponse().getContentType();
			Document page = (contentType != null && contentType.startsWith("text/html"))
					? Jsoup.parse(result.getResponse().getContentAsString(), "http://closer.test" + path) : new Document(path);
			pages.put(path, page);
			for (Element element : page.select("[href], [src]")) {
				String link = element.hasAttr("href") ? element.absUrl("href") : element.absUrl("src");
				if (!link.startsWith("http://closer.test/")) {
					continue;
				}
				String target = link.substring("http://closer.test".length());
				int hash = target.indexOf('#');
				if (hash >= 0) {
					anchors.add(target);
					target = target.substring(0, hash);
				}
				toVisit.add(target);
			}
		}
		for (String anchor : anchors) {
			String path = anchor.substring(0, anchor.indexOf('#'));
			String id = anchor.substring(anchor.indexOf('#') + 1);
			if (pages.get(path).getElementById(id) == null) {
				brokenLinks.put(anchor, "has no element with id " + id);
			}
		}

		assertThat(pages).containsKeys(SitePages.ALL.toArray(String[]::new));
		assertThat(pages).as("the path, each session and its calendar file").containsKeys(onThePath + "/path",
				onThePath + "/path/1", onThePath + "/path/6", onThePath + "/path/3/reminder.ics");
		assertThat(pages.keySet()).anyMatch((path) -> path.startsWith("/assets/"));
		assertThat(brokenLinks).isEmpty();
	}

}
