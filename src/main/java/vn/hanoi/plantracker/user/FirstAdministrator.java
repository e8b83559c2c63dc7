package vn.hanoi.plantracker.user;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Outside the demo profile there are no built-in accounts: the first administrator comes
 * from PLANTRACKER_ADMIN_USERNAME / PLANTRACKER_ADMIN_PASSWORD or, if no password is
 * given, a random one-time password printed once on the console (standard output, not the
 * log files), at the first start. Either way the administrator must change it at the
 * first sign-in.
 */
@Component
@Profile("!demo")
@Order(10)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final UserAccounts accounts;

	private final String username;

	private final String password;

	FirstAdministrator(UserAccounts accounts, @Value("${plantracker.admin.username:admin}") String username,
			@Value("${plantracker.admin.password:}") String password) {
		this.accounts = accounts;
		this.username = username;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.anyAdministrator()) {
			return;
		}
		boolean generated = this.password.isBlank();
		String secret = generated ? randomPassword() : this.password;
		this.accounts.create(this.username, secret, "Administrator", Role.ADMIN, "VPUBND");
		// whether printed or taken from the environment, the password has been seen by
		// others: the administrator chooses their own at the first sign-in
		this.accounts.requirePasswordChange(this.username);
		if (generated) {
			// the password goes to the console only, never to a logger (whose files are
			// kept and shipped)
			System.out.println("\n*** Plan Tracker: first administrator '" + this.username + "', one-time password: "
					+ secret + " (shown only now; you will choose your own at the first sign-in) ***\n");
			log.warn("Created the first administrator '{}' with a one-time password printed on the console "
					+ "(not in this log); change it after signing in", this.username);
		}
		else {
			log.info("Created the first administrator '{}' from PLANTRACKER_ADMIN_USERNAME/PASSWORD", this.username);
		}
	}

	private static String randomPassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
