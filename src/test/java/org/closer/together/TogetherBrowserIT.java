package org.closer.together;

import java.time.Duration;

import org.closer.fis.QuestionnaireService;
import org.closer.support.Answers;
import org.closer.support.Browser;
import org.closer.support.Keyboard;
import org.closer.support.RealPortTest;
import org.closer.support.SiteClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two people in two separate browsers: one invites with the mouse, the other answers and shares by
 * keyboard alone, the inviter agrees; both see the comparison with no accessibility violation at 390
 * and 1280 px, and either can end it.
 */
@RealPortTest
class TogetherBrowserIT {

	@RegisterExtension
	static final Browser inviter = new Browser();

	@RegisterExtension
	static final Browser partner = new Browser();

	@Autowired
	private SiteClient site;

	@Autowired
	private QuestionnaireService questionnaire;

	@Test
	void shouldInviteAnswerShareCompareAndEndInTwoBrowsers() {
		String inviterResult = this.site.base() + "/fis/results/" + this.questionnaire.submit(Answers.forTotal(128), false);
		inviter.open(inviterResult, Browser.DESKTOP);
		ChromeDriver a = inviter.driver();
		a.findElement(By.cssSelector("#partner-invite button")).click();
		String invitation = new WebDriverWait(a, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("invite-link")))
			.getAttribute("href");
		assertThat(inviter.accessibilityViolations()).isEmpty();

		partner.open(invitation, Browser.PHONE);
		ChromeDriver b = partner.driver();
		b.executeScript("sessionStorage.clear()");
		assertThat(partner.accessibilityViolations()).isEmpty();
		Keyboard keys = new Keyboard(partner);
		keys.tabTo("invite-accept", 40);
		keys.press(Keys.ENTER);
		waitFor(b, invitation + "/questions");
		keys.press(Keys.TAB, Keys.ENTER);
		keys.tabTo("q1-1", 10);
		keys.answerAll(Answers.forTotal(76));
		keys.press(Keys.TAB, Keys.ENTER);
		new WebDriverWait(b, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/fis/results/"));
		assertThat(b.findElement(By.id("partner-status")).getAttribute("value")).isEqualTo("asked");
		assertThat(partner.accessibilityViolations()).isEmpty();
		keys.tabTo(By.cssSelector("#partner-share button"), 300);
		keys.press(Keys.ENTER);
		new WebDriverWait(b, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("partner-take-back")));
		assertThat(b.findElement(By.id("partner-status")).getAttribute("value")).as("until the inviter agrees")
			.isEqualTo("waiting");

		a.get(inviterResult);
		assertThat(a.findElement(By.id("partner-status")).getAttribute("value")).isEqualTo("asked");
		checkAtBothWidths(inviter, "together-confirm");
		a.findElement(By.cssSelector("#partner-confirm button")).click();
		new WebDriverWait(a, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("compare-link")));

		b.navigate().refresh();
		keys.tabTo("compare-link", 300);
		keys.press(Keys.ENTER);
		new WebDriverWait(b, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/compare"));
		String partnerComparison = b.getCurrentUrl();
		assertThat(b.findElement(By.id("compare-total-you")).getAttribute("value")).isEqualTo("76");
		assertThat(b.findElement(By.id("compare-total-partner")).getAttribute("value")).isEqualTo("128");
		checkAtBothWidths(partner, "together-compare-partner");

		a.get(inviterResult);
		assertThat(a.findElement(By.id("partner-status")).getAttribute("value")).isEqualTo("shared");
		a.findElement(By.id("compare-link")).click();
		assertThat(a.findElement(By.id("compare-total-you")).getAttribute("value")).isEqualTo("128");
		checkAtBothWidths(inviter, "together-compare-inviter");
		a.findElement(By.cssSelector("#partner-withdraw button")).click();
		waitFor(a, inviterResult);
		assertThat(a.findElement(By.id("partner-status")).getAttribute("value")).isEqualTo("none");

		b.navigate().refresh();
		assertThat(b.getCurrentUrl()).isEqualTo(partnerComparison);
		assertThat(b.findElement(By.tagName("h1")).getText()).isEqualTo("We can’t find a result here");
		assertThat(inviter.consoleErrors()).isEmpty();
	}

	private static void checkAtBothWidths(Browser browser, String name) {
		for (int width : new int[] { Browser.PHONE, Browser.DESKTOP }) {
			browser.resize(width, 900);
			assertThat(browser.scrollsHorizontally()).as("%s at %d px", name, width).isFalse();
			assertThat(browser.chartTextSizes()).as("chart text in CSS px").isNotEmpty()
				.allSatisfy((text, size) -> assertThat(size).as(text).isGreaterThanOrEqualTo(12.0));
			assertThat(browser.accessibilityViolations()).as("%s at %d px", name, width).isEmpty();
			browser.screenshot(name + "-" + width);
		}
	}

	private static void waitFor(ChromeDriver driver, String url) {
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(url));
	}

}
