package vn.hanoi.plantracker.user;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import vn.hanoi.plantracker.system.CredentialStamped;
import vn.hanoi.plantracker.system.Localized;
import vn.hanoi.plantracker.system.TwoStepPrincipal;
import vn.hanoi.plantracker.system.ViewerScope;

/**
 * The signed-in user as the rest of the application sees it: who, which role, which
 * agency.
 */
public final class PlanUser
		implements UserDetails, CredentialsContainer, CredentialStamped, TwoStepPrincipal, ViewerScope.Viewer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final Long id;

	private final String username;

	private String password;

	private final String fullName;

	private final Role role;

	private final Long agencyId;

	private final String agencyNameVi;

	private final String agencyNameEn;

	private final boolean enabled;

	private final String credentialStamp;

	private boolean needsSecondFactor;

	private boolean secondFactorEnrolled;

	PlanUser(UserAccount account, boolean secondFactorRequired) {
		this(account.getId(), account.getUsername(), account.getPasswordHash(), account.getFullName(),
				account.getRole(), account.getAgency().getId(), account.getAgency().getNameVi(),
				account.getAgency().getNameEn(), account.isEnabled());
		this.secondFactorEnrolled = account.isSecondFactorEnrolled();
		this.needsSecondFactor = secondFactorRequired || this.secondFactorEnrolled;
	}

	@Override
	public boolean needsSecondFactor() {
		return this.needsSecondFactor;
	}

	@Override
	public boolean secondFactorEnrolled() {
		return this.secondFactorEnrolled;
	}

	private PlanUser(Long id, String username, String password, String fullName, Role role, Long agencyId,
			String agencyNameVi, String agencyNameEn, boolean enabled) {
		this.id = id;
		this.username = username;
		this.password = password;
		this.fullName = fullName;
		this.role = role;
		this.agencyId = agencyId;
		this.agencyNameVi = agencyNameVi;
		this.agencyNameEn = agencyNameEn;
		this.enabled = enabled;
		// a new password, role or agency ends the sessions that signed in with the old
		// one
		this.credentialStamp = credentialStampOf(password, role, agencyId);
	}

	/**
	 * The stamp of an account with this password hash, role and agency (null without a
	 * hash).
	 */
	static String credentialStampOf(String passwordHash, Role role, Long agencyId) {
		return (passwordHash != null) ? stampOf(passwordHash + "|" + role + "|" + agencyId) : null;
	}

	/** Identifies the stored hash without revealing it: a short digest of it. */
	static String stampOf(String passwordHash) {
		if (passwordHash == null) {
			return null;
		}
		try {
			byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
				.digest(passwordHash.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			return java.util.HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public String credentialStamp() {
		return this.credentialStamp;
	}

	/** A signed-in user without credentials, as web-slice tests need one. */
	public static PlanUser signedIn(Long id, String username, Role role, Long agencyId, String agencyName) {
		return new PlanUser(id, username, null, username, role, agencyId, agencyName, agencyName, true);
	}

	public Long getId() {
		return this.id;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public String getPassword() {
		return this.password;
	}

	public String getFullName() {
		return this.fullName;
	}

	/**
	 * Whose view this user's pages are, the one rule for every cache: an officer sees
	 * only the own agency's work; a coordinator's lists hold the plans the own agency is
	 * the standing body of; leadership and administrators see everyone's.
	 */
	@Override
	public ViewerScope viewerScope() {
		boolean narrowed = this.role == Role.OFFICER || this.role == Role.COORDINATOR;
		return new ViewerScope(this.role.name(), narrowed ? this.agencyId : null);
	}

	@Override
	public String identity() {
		return String.join("|", this.username, this.fullName, String.valueOf(this.agencyNameVi),
				String.valueOf(this.agencyNameEn), viewerScope().toString());
	}

	public Role getRole() {
		return this.role;
	}

	public boolean hasRole(Role candidate) {
		return this.role == candidate;
	}

	public Long getAgencyId() {
		return this.agencyId;
	}

	/** The agency's name in Vietnamese, whatever the request's language (for the API). */
	public String agencyNameVi() {
		return this.agencyNameVi;
	}

	/** The agency's name in English, whatever the request's language (for the API). */
	public String agencyNameEn() {
		return this.agencyNameEn;
	}

	public String getAgencyName() {
		return Localized.pick(this.agencyNameVi, this.agencyNameEn);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.role.authority()));
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.password = null;
	}

}
