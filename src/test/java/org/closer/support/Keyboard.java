package org.closer.support;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import static org.assertj.core.api.Assertions.assertThat;

/** A visitor's keyboard in the browser: keys pressed in turn, and the questionnaire answered with them alone. */
public final class Keyboard {

	private final Browser browser;

	public Keyboard(Browser browser) {
		this.browser = browser;
	}

	/** Presses the keys one after another. */
	public void press(CharSequence... keys) {
		Actions actions = new Actions(this.browser.driver());
		for (CharSequence key : keys) {
			actions.sendKeys(key);
		}
		actions.perform();
	}

	/**
	 * From the first answer of item 1 having focus, answers all 35 items as a keyboard user does: space
	 * to choose, arrows to move to the answer, tab to the next item; focus ends on the consent box.
	 */
	public void answerAll(List<Integer> answers) {
		for (int item = 1; item <= 35; item++) {
			assertThat(this.browser.driver().switchTo().activeElement().getAttribute("name")).isEqualTo("q" + item);
			press(" ");
			for (int step = 1; step < answers.get(item - 1); step++) {
				press(Keys.ARROW_RIGHT);
			}
			press(Keys.TAB);
		}
		assertThat(this.browser.driver().switchTo().activeElement().getAttribute("name")).isEqualTo("consent");
	}

	/** Presses tab until the element with the given id has focus, at most the given number of times. */
	public void tabTo(String id, int atMost) {
		tabTo(By.id(id), atMost);
	}

	/** Presses tab until the element the locator finds has focus, at most the given number of times. */
	public void tabTo(By locator, int atMost) {
		WebElement target = this.browser.driver().findElement(locator);
		for (int i = 0; i < atMost && !target.equals(this.browser.driver().switchTo().activeElement()); i++) {
			press(Keys.TAB);
		}
		assertThat(this.browser.driver().switchTo().activeElement()).as("focus after tabbing to %s", locator)
			.isEqualTo(target);
	}

}
