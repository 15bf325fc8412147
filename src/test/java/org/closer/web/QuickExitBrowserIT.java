package org.closer.web;

import java.time.Duration;

import org.closer.support.Browser;
import org.closer.support.Keyboard;
import org.closer.support.RealPortTest;
import org.closer.support.SiteClient;
import org.closer.support.SitePages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
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
 * "Leave this site" on every page, a plain link to the configured neutral page; in a real browser it
 * wipes the answers the tab kept, three presses of Escape leave too, and Back does not return to the
 * page that was open.
 */
@RealPortTest(properties = "closer.quick-exit.url=about:blank")
class QuickExitBrowserIT {

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	private SiteClient site;

	@Test
	void shouldOfferAPlainLinkToTheNeutralPageOnEveryPage() {
		for (String path : SitePages.ALL) {
			Element exit = Jsoup.parse(this.site.get(path).body()).selectFirst("header.site-header a#quick-exit");
			assertThat(exit).as(path).isNotNull();
			assertThat(exit.attr("href")).as(path).isEqualTo("about:blank");
			assertThat(exit.text()).isEqualTo("Leave this site");
		}
		assertThat(Jsoup.parse(this.site.get("/help").body()).text()).as("what leaving cannot do")
			.contains("They stay in your browser's history")
			.contains("No page can remove them for you");
	}

	@Test
	void shouldWipeTheUnsentAnswersOfTheTabWhenLeaving() {
		browser.open(this.site.base() + "/fis/questions", Browser.PHONE);
		ChromeDriver driver = browser.driver();
		driver.findElement(By.xpath("//input[@id='q1-4']/ancestor::label")).click();
		driver.findElement(By.xpath("//input[@id='q2-2']/ancestor::label")).click();
		assertThat(driver.executeScript("return sessionStorage.length")).as("kept while answering").isEqualTo(1L);

		driver.findElement(By.id("quick-exit")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe("about:blank"));
		driver.get(this.site.base() + "/fis/questions");

		assertThat(driver.findElements(By.cssSelector("input[type=radio]:checked"))).as("nothing filled in again")
			.isEmpty();
		assertThat(driver.executeScript("return sessionStorage.length")).isEqualTo(0L);
	}

	@Test
	void shouldLeaveOnThreePressesOfEscapeAndReplaceThePageInTheHistory() {
		browser.open(this.site.base() + "/", Browser.PHONE);
		ChromeDriver driver = browser.driver();
		driver.get(this.site.base() + "/fear");

		new Keyboard(browser).press(Keys.ESCAPE, Keys.ESCAPE, Keys.ESCAPE);

		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe("about:blank"));
		driver.navigate().back();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(this.site.base() + "/"));
	}

}
