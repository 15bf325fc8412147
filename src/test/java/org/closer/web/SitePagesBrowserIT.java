package org.closer.web;

import java.util.stream.Stream;

import org.closer.support.Browser;
import org.closer.support.RealPortTest;
import org.closer.support.SiteClient;
import org.closer.support.SitePages;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;


import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page of the navigation in a real browser at phone and desktop widths: clean console, no sideways scroll, no axe violations. */
@RealPortTest
class SitePagesBrowserIT {

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	private SiteClient site;

	static Stream<Arguments> pagesAtEachWidth() {
		return SitePages.ALL.stream()
			.flatMap((path) -> Stream.of(Arguments.of(path, Browser.PHONE), Arguments.of(path, Browser.DESKTOP)));
	}

	@ParameterizedTest(name = "{0} at {1} px")
	@MethodSource("pagesAtEachWidth")
	void shouldRenderCleanlyAndAccessibly(String path, int width) {
		browser.open(this.site.base() + path, width);

		assertThat(browser.consoleErrors()).isEmpty();
		assertThat(browser.scrollsHorizontally()).as("scrolls sideways").isFalse();
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.screenshot(("/".equals(path) ? "home" : path.substring(1).replace('/', '-')) + "-" + width);
	}

}
