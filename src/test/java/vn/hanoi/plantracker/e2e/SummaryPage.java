package vn.hanoi.plantracker.e2e;

import java.util.List;

import org.openqa.selenium.JavascriptExecutor;

/** The leadership summary: headline, as-of date, charts and export links. */
final class SummaryPage {

	private final Browser browser;

	SummaryPage(Browser browser) {
		this.browser = browser;
	}

	String heading() {
		return this.browser.text("h1");
	}

	String asOfLine() {
		return this.browser.text("#report-as-of");
	}

	boolean showsAttentionList() {
		return !this.browser.findAll("#leadership-attention").isEmpty();
	}

	String attentionList() {
		return this.browser.text("#leadership-attention");
	}

	boolean drawsCharts() {
		return !this.browser.findAll("#chart-areas canvas").isEmpty();
	}

	SummaryPage asOf(String isoDate) {
		// a date input is typed differently in every locale; set it as the picker would
		((JavascriptExecutor) this.browser.driver()).executeScript("arguments[0].value = arguments[1];",
				this.browser.find("#f-asof"), isoDate);
		this.browser.click("#report-filters button[type=submit]");
		return this;
	}

	List<String> exportLinks() {
		return this.browser.findAll("#report-links a").stream().map((a) -> a.getAttribute("href")).toList();
	}

}
