package vn.hanoi.plantracker.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's headless Chromium driven through its chromedriver, with the checks made on
 * every page visited: no console errors, {@code <html lang>} matching the UI language, a
 * label for every input, and no request to any host but the application's. Screenshots of
 * each step go to {@code target/e2e-screenshots/}.
 */
final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path SCREENSHOTS = Path.of("target/e2e-screenshots");

	private final ChromeDriver driver;

	private final String baseUrl;

	private final Path profile;

	private final List<String> visitedProblems = new ArrayList<>();

	Browser(String baseUrl) {
		this.baseUrl = baseUrl;
		try {
			this.profile = Files.createTempDirectory("plantracker-chromium");
			Files.createDirectories(SCREENSHOTS);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--disable-default-apps", "--user-data-dir=" + this.profile, "--lang=vi",
				"--window-size=1280,900");
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		logs.enable(LogType.PERFORMANCE, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER.toString()))
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
	}

	ChromeDriver driver() {
		return this.driver;
	}

	String baseUrl() {
		return this.baseUrl;
	}

	void open(String path) {
		this.driver.get(this.baseUrl + path);
	}

	WebElement find(String css) {
		return this.driver.findElement(By.cssSelector(css));
	}

	List<WebElement> findAll(String css) {
		return this.driver.findElements(By.cssSelector(css));
	}

	/**
	 * Scrolls the element to the middle of the screen, then clicks it as a user would.
	 */
	void click(WebElement element) {
		((JavascriptExecutor) this.driver)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		boolean navigates = "a".equals(element.getTagName()) || "submit".equals(element.getAttribute("type"));
		if ("a".equals(element.getTagName())) {
			// follow a link as a keyboard user does: the centre of a link that wraps onto
			// two lines can fall
			// between the lines, where a mouse click would land on the table cell instead
			element.sendKeys(org.openqa.selenium.Keys.ENTER);
		}
		else {
			element.click();
		}
		if (navigates) {
			waitUntilGone(element);
		}
	}

	/**
	 * Waits until the page that held the element has been replaced. While Chromium swaps
	 * the documents, asking about the old element can fail with an inspector error ("Node
	 * with given id does not belong to the document") rather than the W3C stale-element
	 * error; both mean the old page is gone.
	 */
	private void waitUntilGone(WebElement element) {
		waiting().until((driver) -> {
			try {
				element.isEnabled();
				return false;
			}
			catch (org.openqa.selenium.StaleElementReferenceException ex) {
				return true;
			}
			catch (org.openqa.selenium.WebDriverException ex) {
				if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
					return true;
				}
				throw ex;
			}
		});
	}

	void click(String css) {
		click(find(css));
	}

	/**
	 * Clicks a button that asks for confirmation first (an irreversible action), checks
	 * the question is asked in the page's language, and confirms.
	 */
	String clickAndConfirm(String css) {
		WebElement element = find(css);
		((JavascriptExecutor) this.driver)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
		org.openqa.selenium.Alert alert = waiting()
			.until(org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent());
		String question = alert.getText();
		alert.accept();
		waitUntilGone(element);
		return question;
	}

	/** Opens the user menu of the header (account, language, sign out). */
	void openUserMenu() {
		find("#user-menu-button").click();
		waiting().until(org.openqa.selenium.support.ui.ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector("#user-menu .dropdown-menu")));
	}

	String text(String css) {
		return find(css).getText();
	}

	String pageSource() {
		return this.driver.getPageSource();
	}

	/** Reloads the page, as the browser's reload button does. */
	void reload() {
		WebElement body = find("body");
		this.driver.navigate().refresh();
		waitUntilGone(body);
	}

	String path() {
		return URI.create(this.driver.getCurrentUrl()).getPath();
	}

	WebDriverWait waiting() {
		return new WebDriverWait(this.driver, Duration.ofSeconds(10));
	}

	/** The checks every page must pass, then a screenshot named for the step. */
	void checkPage(String step, String expectedLanguage) {
		String lang = this.driver.findElement(By.tagName("html")).getAttribute("lang");
		assertThat(lang).as(step + ": <html lang>").isEqualTo(expectedLanguage);
		List<String> unlabeled = unlabeledInputs();
		assertThat(unlabeled).as(step + ": inputs without a label").isEmpty();
		List<String> errors = this.driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			// a deliberate 403/404/405 page logs its own status as a failed resource;
			// that is
			// the page under test
			.filter((message) -> !message.matches("(?s).*the server responded with a status of 40[345].*"))
			.toList();
		assertThat(errors).as(step + ": JavaScript console errors").isEmpty();
		List<String> foreign = foreignRequests();
		assertThat(foreign).as(step + ": requests to other hosts").isEmpty();
		screenshot(step);
	}

	/** A screenshot of the whole page, not only the part on screen. */
	void screenshot(String step) {
		@SuppressWarnings("unchecked")
		Map<String, Object> size = (Map<String, Object>) ((JavascriptExecutor) this.driver).executeScript(
				"return {w: document.documentElement.scrollWidth, h: document.documentElement.scrollHeight};");
		Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", ((Number) size.get("w")).intValue(), "height",
				((Number) size.get("h")).intValue(), "scale", 1);
		Map<String, Object> shot = this.driver.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
		try {
			Files.write(SCREENSHOTS.resolve(step + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A full-page screenshot at phone width (390 px), then back to desktop width. */
	void phoneScreenshot(String step) {
		this.driver.manage().window().setSize(new Dimension(390, 844));
		screenshot(step + "-phone");
		Object overflow = ((JavascriptExecutor) this.driver)
			.executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1;");
		this.driver.manage().window().setSize(new Dimension(1280, 900));
		assertThat(overflow).as(step + ": page wider than a phone screen").isEqualTo(Boolean.FALSE);
	}

	/**
	 * Downloads a link's target with this browser's session cookie and returns the
	 * response.
	 */
	HttpResponse<byte[]> download(String href) throws IOException, InterruptedException {
		String cookies = this.driver.manage()
			.getCookies()
			.stream()
			.map((c) -> c.getName() + "=" + c.getValue())
			.reduce((a, b) -> a + "; " + b)
			.orElse("");
		URI uri = URI.create(href.startsWith("http") ? href : this.baseUrl + href);
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(uri).header("Cookie", cookies).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
	}

	private List<String> unlabeledInputs() {
		@SuppressWarnings("unchecked")
		List<String> result = (List<String>) ((JavascriptExecutor) this.driver).executeScript("""
				return Array.from(document.querySelectorAll('input, select, textarea'))
				  .filter(e => !['hidden', 'submit', 'button'].includes(e.type))
				  .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')
				               && !e.getAttribute('aria-labelledby'))
				  .map(e => e.outerHTML.substring(0, 120));""");
		return result;
	}

	private List<String> foreignRequests() {
		String host = URI.create(this.baseUrl).getHost();
		List<String> foreign = new ArrayList<>();
		for (LogEntry entry : this.driver.manage().logs().get(LogType.PERFORMANCE).getAll()) {
			String message = entry.getMessage();
			if (!message.contains("\"Network.requestWillBeSent\"")) {
				continue;
			}
			java.util.regex.Matcher url = java.util.regex.Pattern.compile("\"url\":\"(https?://[^\"/]+)")
				.matcher(message);
			while (url.find()) {
				String origin = url.group(1);
				if (!origin.contains("://" + host + ":") && !origin.endsWith("://" + host)) {
					foreign.add(origin);
				}
			}
		}
		return foreign;
	}

	@Override
	public void close() {
		this.driver.quit();
		try (var paths = Files.walk(this.profile)) {
			paths.sorted(java.util.Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
		}
		catch (IOException ex) {
			// a temporary profile left behind is harmless
		}
	}

}
