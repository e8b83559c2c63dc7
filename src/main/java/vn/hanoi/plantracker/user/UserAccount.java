package vn.hanoi.plantracker.user;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.hanoi.plantracker.agency.Agency;

@Entity
@Table(name = "app_user")
public class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String passwordHash;

	private String fullName;

	private String email;

	@Enumerated(EnumType.STRING)
	private Role role;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "agency_id")
	private Agency agency;

	private boolean enabled = true;

	private Instant createdAt;

	private String totpSecret;

	private Instant totpEnrolledAt;

	private Long lastTotpStep;

	private boolean demoAccount;

	private boolean mustChangePassword;

	@Version
	private long version;

	protected UserAccount() {
	}

	public UserAccount(String username, String passwordHash, String fullName, Role role, Agency agency,
			Instant createdAt) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.fullName = fullName;
		this.role = role;
		this.agency = agency;
		this.createdAt = createdAt;
	}

	/** A password the user chose; one someone else chose is then marked again. */
	void changePasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
		this.mustChangePassword = false;
	}

	/** The password was chosen by someone else: its user replaces it at next sign-in. */
	void requirePasswordChange() {
		this.mustChangePassword = true;
	}

	public boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	void deactivate() {
		this.enabled = false;
	}

	void change(String fullName, String email, Role role, Agency agency) {
		this.fullName = fullName;
		this.email = email;
		this.role = role;
		this.agency = agency;
	}

	void reactivate() {
		this.enabled = true;
	}

	void enrolSecondFactor(String secret, Instant at, long step) {
		this.totpSecret = secret;
		this.totpEnrolledAt = at;
		this.lastTotpStep = step;
	}

	void resetSecondFactor() {
		this.totpSecret = null;
		this.totpEnrolledAt = null;
		this.lastTotpStep = null;
	}

	/** Records the time step of a code just accepted; a code is good once. */
	boolean useTotpStep(long step) {
		if (this.lastTotpStep != null && step <= this.lastTotpStep) {
			return false;
		}
		this.lastTotpStep = step;
		return true;
	}

	String getTotpSecret() {
		return this.totpSecret;
	}

	public boolean isSecondFactorEnrolled() {
		return this.totpEnrolledAt != null;
	}

	public Instant getTotpEnrolledAt() {
		return this.totpEnrolledAt;
	}

	boolean isDemoAccount() {
		return this.demoAccount;
	}

	void markDemoAccount() {
		this.demoAccount = true;
	}

	public long getVersion() {
		return this.version;
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	public String getFullName() {
		return this.fullName;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public Role getRole() {
		return this.role;
	}

	public Agency getAgency() {
		return this.agency;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
