package org.closer.fis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.closer.support.Answers;
import org.closer.support.Browser;
import org.closer.support.Keyboard;
import org.closer.support.RealPortTest;
import org.closer.support.SiteClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** A visitor in a real browser: the keyboard alone, a reload halfway, the form with errors, a result in every band. */
@RealPortTest
class QuestionnaireBrowserIT {

	/** The answers whose labels the visible count of answers overlaps, by their radio button's id. */
	private static final String ANSWERS_UNDER_THE_COUNT = """
			var count = document.getElementById('fis-progress').getBoundingClientRect();
			return Array.from(document.querySelectorAll('.choice')).filter(function (label) {
			  var box = label.getBoundingClientRect();
			  return box.left < count.right && count.left < box.right && box.top < count.bottom && count.top < box.bottom;
			}).map(function (label) { return label.querySelector('input').id; });
			""";

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	private SiteClient site;

	@Autowired
	private QuestionnaireService questionnaire;

	@Test
	void shouldCompleteTheQuestionnaireWithTheKeyboardAlone() {
		List<Integer> answers = randomAnswers(new Random(7));
		browser.open(url("/fis/questions"), Browser.DESKTOP);
		ChromeDriver driver = browser.driver();

		keys(Keys.TAB);
		assertThat(driver.switchTo().activeElement().getAttribute("class")).isEqualTo("skip-link");
		keys(Keys.ENTER, Keys.TAB);
		new Keyboard(browser).answerAll(answers);
		keys(Keys.TAB);
		assertThat(driver.switchTo().activeElement().getAttribute("type")).isEqualTo("submit");
		assertThat(driver.findElement(By.id("fis-progress")).getText()).isEqualTo("35 of 35 answered");
		keys(Keys.ENTER);

		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/fis/results/"));
		assertThat(driver.findElement(By.id("fis-total")).getAttribute("value"))
			.isEqualTo(String.valueOf(Answers.referenceTotal(answers)));
		assertThat(driver.executeScript("return sessionStorage.getItem('closer.fis.answers')"))
			.as("answers kept for a reload are cleared once saved")
			.isNull();
		assertThat(browser.consoleErrors()).isEmpty();
	}

	@Test
	void shouldKeepTheAnswersGivenSoFarThroughAReload() {
		browser.open(url("/fis/questions"), Browser.PHONE);
		ChromeDriver driver = browser.driver();
		List<Integer> answers = randomAnswers(new Random(11));
		for (int item = 1; item <= 17; item++) {
			click(driver.findElement(By.id("q" + item + "-" + answers.get(item - 1))));
		}
		assertThat(driver.findElement(By.id("fis-progress")).getText()).isEqualTo("17 of 35 answered");

		driver.navigate().refresh();

		for (int item = 1; item <= 35; item++) {
			List<WebElement> checked = driver.findElements(By.cssSelector("input[name=q" + item + "]:checked"));
			if (item <= 17) {
				String expected = String.valueOf(answers.get(item - 1));
				assertThat(checked).singleElement()
					.satisfies((radio) -> assertThat(radio.getAttribute("value")).isEqualTo(expected));
			}
			else {
				assertThat(checked).isEmpty();
			}
		}
		assertThat(driver.findElement(By.id("fis-progress")).getText()).isEqualTo("17 of 35 answered");
		driver.executeScript("sessionStorage.clear()");
	}

	@Test
	void shouldLeadAnIncompleteFormWithAnAccessibleFocusedErrorSummary() {
		browser.open(url("/fis/questions"), Browser.PHONE);
		ChromeDriver driver = browser.driver();
		driver.executeScript("sessionStorage.clear()");
		for (int item = 1; item <= 5; item++) {
			click(driver.findElement(By.id("q" + item + "-2")));
		}
		click(driver.findElement(By.cssSelector("button[type=submit]")));

		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
		assertThat(driver.switchTo().activeElement().getAttribute("class")).isEqualTo("error-summary");
		assertThat(driver.findElements(By.cssSelector(".error-summary a"))).hasSize(30);
		assertThat(driver.findElements(By.cssSelector("input[type=radio]:checked"))).hasSize(5);
		// Chromium logs the page's own 422 status as a console error; anything else would be a fault.
		assertThat(browser.consoleErrors()).allMatch((error) -> error.endsWith("status of 422 ()"));
		assertThat(browser.scrollsHorizontally()).isFalse();
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.screenshot("fis-questions-errors-390");
		driver.executeScript("sessionStorage.clear()");
	}

	@ParameterizedTest(name = "at {0} px")
	@ValueSource(ints = { Browser.PHONE, Browser.DESKTOP })
	void shouldNeverCoverAnAnswerWithTheCountOfAnswers(int width) {
		browser.open(url("/fis/questions"), width);
		ChromeDriver driver = browser.driver();
		long height = ((Number) driver.executeScript("return document.documentElement.scrollHeight")).longValue();

		for (long top = 0; top < height; top += 300) {
			driver.executeScript("window.scrollTo(0, arguments[0])", top);
			assertThat((List<?>) driver.executeScript(ANSWERS_UNDER_THE_COUNT)).as("scrolled to %d", top).isEmpty();
		}
		driver.executeScript("document.getElementById('q12-5').scrollIntoView({block: 'end'})");
		browser.viewportScreenshot("fis-questions-count-" + width);
	}

	@ParameterizedTest(name = "{1} band ({0}) at {2} px")
	@CsvSource({ "52, low, 390", "88, some, 1280", "121, high, 390", "158, very-high, 1280", "158, very-high, 390" })
	void shouldShowAnAccessibleResultInEveryBand(int total, String band, int width) {
		ResultKey key = this.questionnaire.submit(Answers.forTotal(total), false);

		browser.open(url("/fis/results/" + key), width);

		assertThat(browser.driver().findElement(By.id("fis-band")).getAttribute("value")).isEqualTo(band);
		assertThat(browser.consoleErrors()).isEmpty();
		assertThat(browser.scrollsHorizontally()).isFalse();
		assertThat(browser.accessibilityViolations()).isEmpty();
		assertThat(browser.printedPages()).as("prints as a one-page summary").isEqualTo(1);
		browser.screenshot("fis-result-" + band + "-" + width);
	}

	private String url(String path) {
		return this.site.base() + path;
	}

	private static void keys(CharSequence... keys) {
		new Keyboard(browser).press(keys);
	}

	private static void click(WebElement element) {
		browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		element.click();
	}

	private static List<Integer> randomAnswers(Random random) {
		List<Integer> answers = new ArrayList<>();
		for (int item = 0; item < 35; item++) {
			answers.add(1 + random.nextInt(5));
		}
		return answers;
	}

}
