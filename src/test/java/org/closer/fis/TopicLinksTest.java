package org.closer.fis;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** Every topic an item can touch leads to an article that exists, and to a section of it that exists. */
@SpringBootTest
@AutoConfigureMockMvc
class TopicLinksTest {

	@Autowired
	private MockMvcTester mvc;

	@ParameterizedTest
	@EnumSource(Topic.class)
	void shouldLinkEveryTopicToAnExistingArticleAndSection(Topic topic) throws Exception {
		String[] link = topic.link().split("#", 2);
		MvcTestResult result = this.mvc.get().uri(link[0]).exchange();

		assertThat(result).hasStatusOk();
		Document article = Jsoup.parse(result.getResponse().getContentAsString());
		if (link.length == 2) {
			assertThat(article.getElementById(link[1])).as(topic.link()).isNotNull();
		}
	}

}
