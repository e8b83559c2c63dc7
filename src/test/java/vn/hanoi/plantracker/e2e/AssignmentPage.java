package vn.hanoi.plantracker.e2e;

import java.nio.file.Path;
import java.util.List;

import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * One assignment: its state, the officer's progress form, the coordinator's review forms
 * and the history.
 */
final class AssignmentPage {

	private final Browser browser;

	AssignmentPage(Browser browser) {
		this.browser = browser;
	}

	String state() {
		return this.browser.text("#assignment-state");
	}

	String flash() {
		return this.browser.text(".alert-success");
	}

	AssignmentPage recordProgress(String statusValue, int percent, String note, String documentRef, Path file) {
		new Select(this.browser.find("#status")).selectByValue(statusValue);
		WebElement percentField = this.browser.find("#percent");
		percentField.clear();
		percentField.sendKeys(String.valueOf(percent));
		WebElement noteField = this.browser.find("#note");
		noteField.clear();
		noteField.sendKeys(note);
		if (documentRef != null) {
			this.browser.find("#documentRef").sendKeys(documentRef);
		}
		if (file != null) {
			this.browser.find("#files").sendKeys(file.toAbsolutePath().toString());
		}
		this.browser.click("#progress-form button[type=submit]");
		return new AssignmentPage(this.browser);
	}

	/**
	 * "Gửi duyệt": the final report sent for review in one step, whatever the status
	 * select says.
	 */
	AssignmentPage submitForReview(String note) {
		WebElement noteField = this.browser.find("#note");
		noteField.clear();
		noteField.sendKeys(note);
		this.browser.click("#submit-for-review");
		return new AssignmentPage(this.browser);
	}

	boolean hasProgressForm() {
		return !this.browser.findAll("#progress-form").isEmpty();
	}

	String latestHistoryEntry() {
		return this.browser.text("#history li:first-child");
	}

	List<String> evidenceLinks() {
		return this.browser.findAll("#history a[href^='/evidence/']")
			.stream()
			.map((link) -> link.getAttribute("href"))
			.toList();
	}

	String returnReason() {
		return this.browser.text("#return-reason");
	}

	AssignmentPage returnWith(String reason) {
		this.browser.find("#return-note").sendKeys(reason);
		this.browser.click("#return-form button[type=submit]");
		return new AssignmentPage(this.browser);
	}

	AssignmentPage accept() {
		this.browser.click("#accept-form button[type=submit]");
		return new AssignmentPage(this.browser);
	}

	boolean hasReviewForms() {
		return !this.browser.findAll("#review-card").isEmpty();
	}

}
