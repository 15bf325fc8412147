package org.closer.path;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.closer.support.Answers;
import org.closer.support.Browser;
import org.closer.support.FormSession;
import org.closer.support.Keyboard;
import org.closer.support.RealPortTest;
import org.closer.support.SiteClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The path walked in a real browser as a new visitor would, on a phone-sized window and by keyboard
 * alone: take the scale, start the path, do the sessions with check-ins, keep a calendar file, come
 * back through the link, take the scale again and see the change; every page without an accessibility
 * violation, at a phone's width and a desktop's, and each session printing as a worksheet.
 */
@RealPortTest
class PathBrowserIT {

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	private SiteClient site;

	@TempDir
	private Path downloads;

	private final Keyboard keyboard = new Keyboard(browser);

	@Test
	void shouldWalkThePathByKeyboardOnAPhone() throws IOException {
		browser.open(this.site.base() + "/fis/questions", Browser.PHONE);
		ChromeDriver driver = browser.driver();
		driver.executeScript("sessionStorage.clear()");
		this.keyboard.tabTo("q1-1", 300);
		this.keyboard.answerAll(Answers.forTotal(140));
		this.keyboard.press(Keys.TAB, Keys.ENTER);
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches("/fis/results/[^/]+$"));
		String link = driver.getCurrentUrl();

		this.keyboard.tabTo(By.cssSelector("#path-start button"), 400);
		this.keyboard.press(Keys.ENTER);
		arriveAt(link + "/path");
		assertThat(states()).isEqualTo("next later later later later later");
		assertThat(browser.accessibilityViolations()).isEmpty();

		openSession(1);
		assertThat(driver.findElements(By.cssSelector("#path-weighed li"))).hasSize(3);
		markDone(4);
		openSession(2);
		assertThat(driver.findElements(By.cssSelector("#path-questions li"))).hasSizeGreaterThanOrEqualTo(3);
		String calendar = download();
		assertThat(calendar).contains("BEGIN:VCALENDAR", "BEGIN:VEVENT", "DTSTART;VALUE=DATE:")
			.doesNotContain(link, "/fis", "Closer", "intimacy", "fear");
		markDone(2);
		assertThat(states()).isEqualTo("done done next later later later");

		browser.open(link, Browser.PHONE);
		this.keyboard.tabTo("path-link", 400);
		this.keyboard.press(Keys.ENTER);
		arriveAt(link + "/path");
		for (int session = 3; session <= 5; session++) {
			openSession(session);
			markDone(0);
		}
		openSession(6);
		assertThat(driver.findElements(By.id("fis-change"))).as("no newer attempt yet").isEmpty();
		this.keyboard.tabTo("path-retake", 400);
		this.keyboard.press(Keys.ENTER);
		arriveAt(link + "/again");
		this.keyboard.press(Keys.TAB, Keys.ENTER);
		this.keyboard.tabTo("q1-1", 10);
		this.keyboard.answerAll(Answers.forTotal(100));
		this.keyboard.press(Keys.TAB, Keys.ENTER);
		arriveAt(link);

		browser.open(link + "/path/6", Browser.PHONE);
		assertThat(driver.findElement(By.id("fis-change")).getAttribute("value")).isEqualTo("-40");
		assertThat(driver.findElement(By.id("fis-change-reading")).getText()).isNotBlank();
		assertThat(driver.findElements(By.cssSelector("#path-check-ins tbody tr"))).hasSize(2);
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.open(link + "/path", Browser.PHONE);
		assertThat(states()).isEqualTo("done done done done done next");
		assertThat(driver.findElement(By.cssSelector("#path-check-ins table")).getText()).contains("4", "2");
		assertThat(browser.chartTextSizes()).as("check-in text in CSS px").isNotEmpty()
			.allSatisfy((text, size) -> assertThat(size).as(text).isGreaterThanOrEqualTo(12.0));
		assertThat(browser.consoleErrors()).isEmpty();
	}

	@Test
	void shouldShowThePathAndEverySessionWithoutAViolationAndPrintEachOnTwoPagesAtMost() {
		FormSession form = FormSession.open(this.site);
		String result = form.submit(this.site, Answers.forTotal(125), false).headers().firstValue("Location").orElseThrow();
		form.post(this.site, result + "/path/1/done", "closeness=3");
		form.post(this.site, result + "/path/3/done", "closeness=5");
		String link = this.site.base() + result;
		for (int width : List.of(Browser.PHONE, Browser.DESKTOP)) {
			browser.open(link + "/path", width);
			assertThat(browser.accessibilityViolations()).as("the path at %d px", width).isEmpty();
			assertThat(browser.scrollsHorizontally()).isFalse();
			browser.screenshot("path-" + width);
			for (int session = 1; session <= 6; session++) {
				browser.open(link + "/path/" + session, width);
				assertThat(browser.accessibilityViolations()).as("session %d at %d px", session, width).isEmpty();
				assertThat(browser.scrollsHorizontally()).as("session %d at %d px", session, width).isFalse();
				assertThat(browser.printedPages()).as("session %d on paper", session).isBetween(1, 2);
				browser.screenshot("path-session-" + session + "-" + width);
			}
			browser.emulatePrint(true);
			browser.screenshot("path-session-6-print-" + width);
			browser.open(link + "/path/2", width);
			assertThat(browser.driver().findElement(By.id("path-done")).isDisplayed()).as("no form on paper").isFalse();
			assertThat(browser.driver().findElements(By.cssSelector("#path-questions .write-lines")))
				.as("lines to write on")
				.allSatisfy((lines) -> assertThat(lines.isDisplayed()).isTrue());
			browser.screenshot("path-session-2-print-" + width);
			browser.emulatePrint(false);
		}
		assertThat(browser.consoleErrors()).isEmpty();
	}

	private void openSession(int session) {
		this.keyboard.tabTo(By.cssSelector("#path-sessions li[data-session='" + session + "'] a"), 60);
		this.keyboard.press(Keys.ENTER);
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches("/path/" + session + "$"));
		assertThat(browser.accessibilityViolations()).as("session %d", session).isEmpty();
	}

	/** Answers the check-in by keyboard (0 leaves it out) and marks the session done. */
	private void markDone(int closeness) {
		String session = browser.driver().getCurrentUrl();
		if (closeness > 0) {
			this.keyboard.tabTo(By.cssSelector("#path-done input[value='1']"), 120);
			this.keyboard.press(" ");
			for (int step = 1; step < closeness; step++) {
				this.keyboard.press(Keys.ARROW_RIGHT);
			}
		}
		this.keyboard.tabTo(By.cssSelector("#path-done button"), 120);
		this.keyboard.press(Keys.ENTER);
		arriveAt(session.substring(0, session.lastIndexOf('/')));
	}

	/** Follows the calendar link by keyboard and reads the file the browser saved. */
	private String download() throws IOException {
		browser.driver().executeCdpCommand("Browser.setDownloadBehavior",
				Map.of("behavior", "allow", "downloadPath", this.downloads.toString()));
		this.keyboard.tabTo("path-calendar", 200);
		this.keyboard.press(Keys.ENTER);
		Path file = this.downloads.resolve("reminder.ics");
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until((driver) -> Files.exists(file));
		return Files.readString(file, StandardCharsets.UTF_8);
	}

	private void arriveAt(String url) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(url));
	}

	private String states() {
		return String.join(" ", browser.driver()
			.findElements(By.cssSelector("#path-sessions > li"))
			.stream()
			.map((session) -> session.getAttribute("data-state"))
			.toList());
	}

}
