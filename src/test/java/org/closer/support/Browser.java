package org.closer.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.regex.Pattern;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * Debian's headless Chromium driven by Selenium, with the checks every page must pass: console errors,
 * horizontal scrolling, axe-core violations, and a full-page screenshot under {@code target/screenshots/}.
 * A test class registers one as a static extension; without Chromium its tests are skipped with a
 * message, unless {@code CI=true}, where they fail.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback {

	/** A phone's width in CSS pixels. */
	public static final int PHONE = 390;

	/** A desktop window's width in CSS pixels. */
	public static final int DESKTOP = 1280;

	private static final Path CHROMIUM = Path.of(System.getProperty("closer.chromium", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Path.of(System.getProperty("closer.chromedriver", "/usr/bin/chromedriver"));

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private ChromeDriver driver;

	private Path profile;

	/** Starts Chromium before the class's tests, or skips them (fails them on CI) when it is not installed. */
	@Override
	public void beforeAll(ExtensionContext context) {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			String message = "Browser tests skipped: " + CHROMIUM + " or " + CHROMEDRIVER
					+ " is missing (apt-get install chromium chromium-driver)";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				Assertions.fail(message.replace("skipped", "cannot run on CI"));
			}
			System.out.println("[WARNING] " + message);
			Assumptions.abort(message);
		}
		try {
			Path profile = Files.createTempDirectory("closer-chromium");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM.toFile());
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + profile);
			LoggingPreferences logs = new LoggingPreferences();
			logs.enable(LogType.BROWSER, Level.ALL);
			options.setCapability("goog:loggingPrefs", logs);
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
				.usingAnyFreePort()
				.build();
			this.driver = new ChromeDriver(service, options);
			this.profile = profile;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The driver, for tests that click and type. */
	public ChromeDriver driver() {
		return this.driver;
	}

	/** Opens a URL in a viewport of the given width and waits for the page to load. */
	public void open(String url, int width) {
		resize(width, 900);
		clearConsole();
		this.driver.get(url);
	}

	/** Sends the given header with every request from now on, such as a researcher's login. */
	public void sendHeader(String name, String value) {
		this.driver.executeCdpCommand("Network.enable", Map.of());
		this.driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of(name, value)));
	}

	/** Emulates a viewport of the given size; a phone width also turns on mobile emulation. */
	public void resize(int width, int height) {
		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
	}

	/** Console messages at error level since the last call, such as CSP violations and failed requests. */
	public List<String> consoleErrors() {
		return this.driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.toList();
	}

	/** Forgets the console messages so far, so that the next read shows only what comes after. */
	public void clearConsole() {
		this.driver.manage().logs().get(LogType.BROWSER);
	}

	/** Whether the page is wider than the viewport, so that a reader would have to scroll sideways. */
	public boolean scrollsHorizontally() {
		Object overflow = ((JavascriptExecutor) this.driver)
			.executeScript("return document.documentElement.scrollWidth > window.innerWidth");
		return Boolean.TRUE.equals(overflow);
	}

	/** The axe-core rules the current page violates, each with its impact and the elements concerned. */
	public List<String> accessibilityViolations() {
		Results results = new AxeBuilder().analyze(this.driver);
		return results.getViolations().stream().map(Browser::describe).toList();
	}

	/**
	 * Each text of the page's charts as it is drawn on screen, in CSS pixels: its font size in the
	 * chart's own units times the ratio of the chart's drawn width (its bounding box) to its view box.
	 */
	public Map<String, Double> chartTextSizes() {
		@SuppressWarnings("unchecked")
		Map<String, Number> sizes = (Map<String, Number>) this.driver.executeScript("""
				const sizes = {};
				document.querySelectorAll('svg[viewBox] text').forEach((text, index) => {
				  const svg = text.ownerSVGElement;
				  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
				  const size = parseFloat(getComputedStyle(text).fontSize) * scale;
				  sizes[svg.getAttribute('class') + ' ' + index + ' "' + text.textContent.trim() + '"'] = size;
				});
				return sizes;""");
		Map<String, Double> result = new TreeMap<>();
		sizes.forEach((text, size) -> result.put(text, size.doubleValue()));
		return result;
	}

	/** Lays the page out for print, as it will be printed, or back for the screen. */
	public void emulatePrint(boolean print) {
		this.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", print ? "print" : ""));
	}

	/** How many A4 pages the current page prints on, with the browser's own print layout. */
	public int printedPages() {
		PrintOptions options = new PrintOptions();
		options.setPageSize(new PageSize(29.7, 21.0));
		options.setBackground(false);
		String pdf = new String(Base64.getDecoder().decode(this.driver.print(options).getContent()),
				StandardCharsets.ISO_8859_1);
		return (int) Pattern.compile("/Type\\s*/Page[^s]").matcher(pdf).results().count();
	}

	/** Saves a screenshot of the whole page as {@code target/screenshots/NAME.png}. */
	public Path screenshot(String name) {
		Number height = (Number) this.driver.executeScript("return document.documentElement.scrollHeight");
		Number width = (Number) this.driver.executeScript("return window.innerWidth");
		resize(width.intValue(), Math.min(height.intValue(), 16000));
		Path file = viewportScreenshot(name);
		resize(width.intValue(), 900);
		return file;
	}

	/** Saves a screenshot of what the window shows right now as {@code target/screenshots/NAME.png}. */
	public Path viewportScreenshot(String name) {
		try {
			Map<String, Object> shot = this.driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name + ".png");
			Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
				+ rule.getNodes().stream().map((node) -> String.valueOf(node.getTarget())).toList();
	}

	/** Quits Chromium after the class's tests and removes its profile. */
	@Override
	public void afterAll(ExtensionContext context) {
		if (this.driver == null) {
			return;
		}
		this.driver.quit();
		try (var files = Files.walk(this.profile)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		catch (IOException ex) {
			// A temporary profile left behind is harmless.
		}
	}

}
