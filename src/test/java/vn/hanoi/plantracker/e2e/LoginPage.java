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

	/** Signs out from the user menu in the header, as a user would. */
	void signOut() {
		this.browser.openUserMenu();
		this.browser.click("form[action='/logout'] button");
	}

}
