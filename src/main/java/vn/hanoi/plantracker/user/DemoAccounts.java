package vn.hanoi.plantracker.user;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo accounts of the README; they exist only in the {@code demo} profile.
 */
@Component
@Profile("demo")
@Order(10)
class DemoAccounts implements ApplicationRunner {

	static final String PASSWORD = "demo-plan-133";

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	private final UserAccounts accounts;

	DemoAccounts(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		create("admin", "Quản trị hệ thống", Role.ADMIN, "VPUBND");
		create("coordinator", "Nguyễn Văn Điều Phối", Role.COORDINATOR, "CATP");
		create("leader", "Trần Thị Lãnh Đạo", Role.LEADER, "VPUBND");
		create("officer.health", "Lê Thị Y Tế", Role.OFFICER, "SYT");
		create("officer.justice", "Phạm Văn Tư Pháp", Role.OFFICER, "STP");
		create("officer.hoankiem", "Hoàng Văn Phường", Role.OFFICER, "PH-HOAN-KIEM");
	}

	private void create(String username, String fullName, Role role, String agencyCode) {
		if (!this.accounts.exists(username)) {
			this.accounts.create(username, PASSWORD, fullName, role, agencyCode);
			log.info("Demo account '{}' ({}) created", username, role);
		}
	}

}
