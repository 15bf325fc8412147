package org.closer.fis;

import java.time.Duration;
import java.util.List;

import org.closer.support.Answers;
import org.closer.support.Browser;
import org.closer.support.Keyboard;
import org.closer.support.RealPortTest;
import org.closer.support.SiteClient;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coming back through the private link in a real browser, by keyboard alone: take it again, see both
 * attempts and the change with no accessibility violation, and a printed summary that carries the history.
 */
@RealPortTest
class RetakeBrowserIT {

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	private SiteClient site;

	@Autowired
	private QuestionnaireService questionnaire;

	@ParameterizedTest(name = "at {0} px")
	@ValueSource(ints = { Browser.PHONE, Browser.DESKTOP })
	void shouldTakeTheScaleAgainByKeyboardAndSeeTheHistory(int width) {
		String link = this.site.base() + "/fis/results/" + this.questionnaire.submit(Answers.forTotal(130), false);
		List<Integer> again = Answers.forTotal(95);
		Keyboard keyboard = new Keyboard(browser);
		browser.open(link, width);
		ChromeDriver driver = browser.driver();
		driver.executeScript("sessionStorage.clear()");
		assertThat(browser.accessibilityViolations()).isEmpty();

		keyboard.tabTo("retake", 300);
		keyboard.press(Keys.ENTER);
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(link + "/again"));
		assertThat(browser.accessibilityViolations()).isEmpty();
		keyboard.press(Keys.TAB);
		keyboard.press(Keys.ENTER);
		keyboard.tabTo("q1-1", 10);
		keyboard.answerAll(again);
		keyboard.press(Keys.TAB, Keys.ENTER);

		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(link));
		assertThat(driver.findElement(By.id("fis-history-count")).getAttribute("value")).isEqualTo("2");
		assertThat(driver.findElement(By.id("fis-change")).getAttribute("value")).isEqualTo("-35");
		assertThat(driver.findElement(By.id("fis-change-reading")).getText()).isNotBlank();
		assertThat(browser.consoleErrors()).isEmpty();
		assertThat(browser.scrollsHorizontally()).isFalse();
		assertThat(browser.chartTextSizes()).as("chart text in CSS px").isNotEmpty()
			.allSatisfy((text, size) -> assertThat(size).as(text).isGreaterThanOrEqualTo(12.0));
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.screenshot("fis-result-history-" + width);

		browser.emulatePrint(true);
		WebElement chart = driver.findElement(By.cssSelector("#history svg.history__chart"));
		assertThat(chart.isDisplayed()).as("the history chart prints").isTrue();
		assertThat(chart.getSize().getHeight()).as("at a readable height").isGreaterThan(60);
		assertThat(driver.findElement(By.cssSelector(".history__table")).getText()).contains("130", "95");
		assertThat(driver.findElement(By.id("retake")).isDisplayed()).as("no button on paper").isFalse();
		assertThat(stroke(driver, ".history__line")).as("a black line on paper").isEqualTo("rgb(0, 0, 0)");
		browser.emulatePrint(false);
		assertThat(browser.printedPages()).as("the summary with its history").isBetween(1, 2);
	}

	private static Object stroke(ChromeDriver driver, String selector) {
		return driver.executeScript("return getComputedStyle(document.querySelector(arguments[0])).stroke", selector);
	}

}
