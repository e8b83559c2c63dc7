package vn.hanoi.plantracker.system;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * A principal that may have to prove a second factor (a TOTP code) after the password.
 * Spring Security 7 marks each factor proved as a {@link FactorGrantedAuthority}; the
 * password gives {@code FACTOR_PASSWORD}, the code {@link #TOTP_AUTHORITY}.
 */
public interface TwoStepPrincipal {

	String TOTP_AUTHORITY = FactorGrantedAuthority.fromFactor("TOTP").getAuthority();

	/**
	 * Whether this account must show a code at sign-in (required, or set up by choice).
	 */
	boolean needsSecondFactor();

	/** Whether the account has a second factor set up. */
	boolean secondFactorEnrolled();

	static boolean provedSecondFactor(Authentication authentication) {
		return authentication.getAuthorities().stream().anyMatch((a) -> TOTP_AUTHORITY.equals(a.getAuthority()));
	}

}
