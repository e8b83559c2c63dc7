package vn.hanoi.plantracker.user;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import vn.hanoi.plantracker.audit.SecurityEventKind;
import vn.hanoi.plantracker.audit.SecurityEvents;

/**
 * Password sign-in with throttling in front: while a name or address must wait, the
 * password is not even checked, and the answer is the same "wrong name or password" as
 * for any failure, whether or not the account exists. Every outcome is a security event.
 */
@Component
class ThrottledSignIn implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final SignInThrottle throttle;

	private final SecurityEvents events;

	ThrottledSignIn(UserDetailsService users, PasswordEncoder passwordEncoder, SignInThrottle throttle,
			SecurityEvents events) {
		this.passwords = new DaoAuthenticationProvider(users);
		this.passwords.setPasswordEncoder(passwordEncoder);
		this.throttle = throttle;
		this.events = events;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
		if (this.throttle.mustWait(username, address)) {
			this.events.record(SecurityEventKind.SIGN_IN_THROTTLED, username, null, address, null);
			throw new BadCredentialsException("Sign-in must wait");
		}
		try {
			Authentication result = this.passwords.authenticate(authentication);
			this.throttle.succeeded(username);
			this.events.record(SecurityEventKind.SIGN_IN_SUCCEEDED, username, username, address, "password");
			return result;
		}
		catch (AuthenticationException ex) {
			this.throttle.failed(username, address);
			this.events.record(SecurityEventKind.SIGN_IN_FAILED, username, null, address,
					ex.getClass().getSimpleName());
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
