package org.closer.learn;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Serves the learning pages: the home page, the overview of the four types and every article. */
@Controller
class ArticleController {

	static final String HOME_VIEW = "learn/home";

	static final String TYPES_VIEW = "learn/types";

	static final String ARTICLE_VIEW = "learn/article";

	private static final String TYPES_PATH = "/intimacy";

	private final ArticleLibrary articles;

	ArticleController(ArticleLibrary articles) {
		this.articles = articles;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("article", article("/"));
		model.addAttribute("types", this.articles.childrenOf(TYPES_PATH));
		model.addAttribute("fear", article("/fear"));
		model.addAttribute("tips", article("/tips"));
		return HOME_VIEW;
	}

	@GetMapping(TYPES_PATH)
	String types(Model model) {
		model.addAttribute("article", article(TYPES_PATH));
		model.addAttribute("types", this.articles.childrenOf(TYPES_PATH));
		return TYPES_VIEW;
	}

	@GetMapping(TYPES_PATH + "/{type:[a-z]{1,40}}")
	String type(@PathVariable String type, Model model) {
		model.addAttribute("article", article(TYPES_PATH + "/" + type));
		return ARTICLE_VIEW;
	}

	@GetMapping("/{page:[a-z]{1,40}}")
	String page(@PathVariable String page, Model model) {
		model.addAttribute("article", article("/" + page));
		return ARTICLE_VIEW;
	}

	private Article article(String path) {
		return this.articles.find(path).orElseThrow(ArticleNotFoundException::new);
	}

}
