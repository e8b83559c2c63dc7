package vn.hanoi.plantracker.user;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.agency.Agency;
import vn.hanoi.plantracker.agency.AgencyRepository;
import vn.hanoi.plantracker.system.Today;

/**
 * Creates and lists user accounts. Passwords are stored only as DelegatingPasswordEncoder
 * hashes.
 */
@Service
public class UserAccounts {

	private final UserAccountRepository users;

	private final AgencyRepository agencies;

	private final PasswordEncoder passwordEncoder;

	private final Today today;

	UserAccounts(UserAccountRepository users, AgencyRepository agencies, PasswordEncoder passwordEncoder, Today today) {
		this.users = users;
		this.agencies = agencies;
		this.passwordEncoder = passwordEncoder;
		this.today = today;
	}

	@Transactional
	public UserAccount create(String username, String rawPassword, String fullName, Role role, String agencyCode) {
		Agency agency = this.agencies.findByCode(agencyCode)
			.orElseThrow(() -> new IllegalStateException("No agency with code " + agencyCode));
		return this.users.save(new UserAccount(username, this.passwordEncoder.encode(rawPassword), fullName, role,
				agency, this.today.now()));
	}

	/**
	 * Its user must replace the password at the next sign-in (it was chosen for them).
	 */
	@Transactional
	void requirePasswordChange(String username) {
		this.users.findWithAgencyByUsername(username).ifPresent(UserAccount::requirePasswordChange);
	}

	/**
	 * An account whose password is already encoded: the demo's many accounts share one
	 * published password, hashed once.
	 */
	@Transactional
	UserAccount createEncoded(String username, String encodedPassword, String fullName, Role role, String agencyCode) {
		Agency agency = this.agencies.findByCode(agencyCode)
			.orElseThrow(() -> new IllegalStateException("No agency with code " + agencyCode));
		return this.users.save(new UserAccount(username, encodedPassword, fullName, role, agency, this.today.now()));
	}

	String encode(String rawPassword) {
		return this.passwordEncoder.encode(rawPassword);
	}

	/** Only in the demo profile does this let the account skip the second factor. */
	@Transactional
	void markDemoAccount(String username) {
		this.users.findWithAgencyByUsername(username).ifPresent(UserAccount::markDemoAccount);
	}

	/**
	 * The account as the rest of the application sees a signed-in user (its role and
	 * agency as they are now), for a machine that authenticates as it (an API token);
	 * empty when the account is gone or disabled.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<PlanUser> activePrincipal(long userId) {
		return this.users.findWithAgencyById(userId)
			.filter(UserAccount::isEnabled)
			.map((account) -> new PlanUser(account, false));
	}

	@Transactional(readOnly = true)
	public boolean exists(String username) {
		return this.users.existsByUsernameIgnoreCase(username);
	}

	@Transactional(readOnly = true)
	public boolean anyAdministrator() {
		return this.users.existsByRole(Role.ADMIN);
	}

	@Transactional(readOnly = true)
	public List<UserAccount> listWithAgency() {
		return this.users.findAllWithAgency();
	}

	/**
	 * Ids of the enabled officers of an agency: who hears about that agency's
	 * assignments.
	 */
	@Transactional(readOnly = true)
	public List<Long> officerIdsOf(Long agencyId) {
		return this.users.findActiveByAgencyAndRole(agencyId, Role.OFFICER).stream().map(UserAccount::getId).toList();
	}

	/**
	 * Ids of the enabled coordinators of an agency: for a plan's work, those of its
	 * standing body.
	 */
	@Transactional(readOnly = true)
	public List<Long> coordinatorIdsOf(long agencyId) {
		return this.users.findActiveByAgencyAndRole(agencyId, Role.COORDINATOR)
			.stream()
			.map(UserAccount::getId)
			.toList();
	}

	/**
	 * {@link #coordinatorIdsOf(long)} for many agencies in one statement, by agency (an
	 * agency without one is left out).
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<Long>> coordinatorIdsOf(Collection<Long> agencyIds) {
		if (agencyIds.isEmpty()) {
			return Map.of();
		}
		return this.users.findActiveByAgenciesAndRole(agencyIds, Role.COORDINATOR)
			.stream()
			.collect(Collectors.groupingBy((user) -> user.getAgency().getId(), TreeMap::new,
					Collectors.mapping(UserAccount::getId, Collectors.toList())));
	}

	/** The addresses of the enabled coordinators of an agency that have one. */
	@Transactional(readOnly = true)
	public List<String> coordinatorEmailsOf(long agencyId) {
		return this.users.findActiveByAgencyAndRole(agencyId, Role.COORDINATOR)
			.stream()
			.map(UserAccount::getEmail)
			.filter((email) -> email != null && !email.isBlank())
			.toList();
	}

	/** The enabled accounts of a role (the leadership, for what is escalated to it). */
	@Transactional(readOnly = true)
	public List<Long> activeIdsWithRole(Role role) {
		return this.users.findActiveByRole(role).stream().map(UserAccount::getId).toList();
	}

	/** The addresses of the enabled accounts of a role that have one. */
	@Transactional(readOnly = true)
	public List<String> activeEmailsWithRole(Role role) {
		return this.users.findActiveByRole(role)
			.stream()
			.map(UserAccount::getEmail)
			.filter((email) -> email != null && !email.isBlank())
			.toList();
	}

}
