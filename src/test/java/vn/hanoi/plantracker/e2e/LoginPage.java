package vn.hanoi.plantracker.e2e;

/** The sign-in page. */
final class LoginPage {

	private final Browser browser;

	LoginPage(Browser browser) {
		this.browser = browser;
	}

	static LoginPage open(Browser browser) {
		browser.open("/login");
		return new LoginPage(browser);
	}

	void signIn(String username, String password) {
		this.browser.find("#username").sendKeys(username);
		this.browser.find("#password").sendKeys(password);
		this.browser.click("form button[type=submit]");
	}

	void signOut() {
		this.browser.click("form[action='/logout'] button");
	}

}
