package org.closer.learn;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MarkdownArticleReaderTest {

	private final MarkdownArticleReader reader = new MarkdownArticleReader();

	@Test
	void shouldReadEveryContentFileWithATitleADescriptionAndABody() {
		List<Article> articles = this.reader.readAll();

		assertThat(articles).extracting(Article::path)
			.containsExactlyInAnyOrder("/", "/intimacy", "/intimacy/experiential", "/intimacy/emotional",
					"/intimacy/intellectual", "/intimacy/sexual", "/fear", "/tips", "/help", "/about");
		assertThat(articles).allSatisfy((article) -> {
			assertThat(article.title()).isNotBlank();
			assertThat(article.description()).hasSizeBetween(50, 160);
			assertThat(article.html()).contains("<p>");
		});
	}

	@Test
	void shouldGiveEachTypeOfIntimacyAWorkedExampleAndTwoOrThreeExercises() {
		ArticleLibrary library = new ArticleLibrary(this.reader.readAll());

		assertThat(library.childrenOf("/intimacy")).extracting(Article::slug)
			.containsExactly("experiential", "emotional", "intellectual", "sexual");
		assertThat(library.childrenOf("/intimacy")).allSatisfy((type) -> {
			assertThat(type.html()).contains("<h2 id=\"an-example\">").contains("<h2 id=\"try-this\">");
			String exercises = type.html().substring(type.html().indexOf("id=\"try-this\""));
			assertThat(exercises.split("<li>", -1).length - 1).isBetween(2, 3);
		});
	}

	@Test
	void shouldRenderMarkdownWithHeadingAnchorsAndEscapeRawHtml() {
		Article article = this.reader.read("/x", """
				---
				title: A title
				description: A description
				order: 3
				---
				## Fear of abandonment

				Text with <script>alert(1)</script> in it.
				""");

		assertThat(article.title()).isEqualTo("A title");
		assertThat(article.order()).isEqualTo(3);
		assertThat(article.html()).contains("<h2 id=\"fear-of-abandonment\">Fear of abandonment</h2>")
			.contains("&lt;script&gt;")
			.doesNotContain("<script>");
	}

	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			title: T\\ndescription: D\\norder: 1\\n---\\nbody                | does not start with a '---'
			---\\ntitle: T\\ndescription: D\\norder: 1                        | never closes its front matter
			---\\ndescription: D\\norder: 1\\n---\\nbody                       | needs a non-empty 'title'
			---\\ntitle: T\\norder: 1\\n---\\nbody                             | needs a non-empty 'description'
			---\\ntitle: T\\ndescription: D\\n---\\nbody                       | needs a non-empty 'order'
			---\\ntitle: T\\ndescription: D\\norder: first\\n---\\nbody        | 'order' that is not a whole number
			---\\ntitle: T\\ndescription: D\\norder: 1\\nauthor: X\\n---\\nbody | unknown front matter field 'author'
			---\\ntitle: T\\ntitle: U\\ndescription: D\\norder: 1\\n---\\nbody | repeats the front matter field 'title'
			---\\ntitle: T\\ndescription: D\\norder: 1\\n---\\n# Second title | level-1 heading
			---\\ntitle: T\\ndescription D\\norder: 1\\n---\\nbody             | needs a non-empty 'description'
			---\\ntitle:\\n  - T\\n  - U\\ndescription: D\\norder: 1\\n---\\nb | more than one value
			---\\ntitle: T\\ndescription: D\\norder: 1\\n---\\n                 | no text after it
			""")
	void shouldRejectABrokenContentFileNamingTheFileAndTheFault(String source, String fault) {
		assertThatThrownBy(() -> this.reader.read("/broken", source.replace("\\n", "\n")))
			.isInstanceOf(InvalidArticleException.class)
			.hasMessageContaining("/broken")
			.hasMessageContaining(fault);
	}

}
