package vn.hanoi.plantracker.user;

import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.hanoi.plantracker.agency.Agency;
import vn.hanoi.plantracker.agency.AgencyKind;
import vn.hanoi.plantracker.agency.AgencyRepository;

/**
 * The demo accounts of the README, plus one officer for every other city body and every
 * ward and commune that has not ended (the City Police included) so that the demo
 * progress has an author in each; they exist only in the {@code demo} profile. The shared
 * test contexts turn the communes' officers off
 * ({@code plantracker.demo.commune-officers=false}): their tests take communes no one has
 * touched.
 */
@Component
@Profile("demo")
@Order(10)
class DemoAccounts implements ApplicationRunner {

	static final String PASSWORD = "demo-plan-133";

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	/** The bodies whose officers are named above. */
	private static final Set<String> NO_GENERATED_OFFICER = Set.of("SYT", "STP", "PH-HOAN-KIEM");

	private final UserAccounts accounts;

	private final AgencyRepository agencies;

	private final boolean communeOfficers;

	private String encodedPassword;

	DemoAccounts(UserAccounts accounts, AgencyRepository agencies,
			@Value("${plantracker.demo.commune-officers:true}") boolean communeOfficers) {
		this.accounts = accounts;
		this.agencies = agencies;
		this.communeOfficers = communeOfficers;
	}

	@Override
	public void run(ApplicationArguments args) {
		create("admin", "Quản trị hệ thống", Role.ADMIN, "VPUBND");
		create("coordinator", "Nguyễn Văn Điều Phối", Role.COORDINATOR, "CATP");
		create("leader", "Trần Thị Lãnh Đạo", Role.LEADER, "VPUBND");
		create("officer.health", "Lê Thị Y Tế", Role.OFFICER, "SYT");
		create("officer.justice", "Phạm Văn Tư Pháp", Role.OFFICER, "STP");
		create("officer.hoankiem", "Hoàng Văn Phường", Role.OFFICER, "PH-HOAN-KIEM");
		for (Agency agency : this.agencies.findAllByOrderBySortOrderAscNameViAsc()) {
			// the City Police reports its own assignments like any agency (officer.catp);
			// an agency that has ended (merged) gets no new account
			boolean commune = agency.getKind() == AgencyKind.LOCAL_AUTHORITY;
			if ((!commune || this.communeOfficers) && !NO_GENERATED_OFFICER.contains(agency.getCode())
					&& agency.getActiveUntil() == null) {
				create("officer." + agency.getCode().toLowerCase(Locale.ROOT), "Cán bộ " + agency.getNameVi(),
						Role.OFFICER, agency.getCode());
			}
		}
	}

	private void create(String username, String fullName, Role role, String agencyCode) {
		if (!this.accounts.exists(username)) {
			if (this.encodedPassword == null) {
				this.encodedPassword = this.accounts.encode(PASSWORD);
			}
			this.accounts.createEncoded(username, this.encodedPassword, fullName, role, agencyCode);
			log.info("Demo account '{}' ({}) created", username, role);
		}
		// also marks the accounts an earlier version of the demo made
		this.accounts.markDemoAccount(username);
	}

}
