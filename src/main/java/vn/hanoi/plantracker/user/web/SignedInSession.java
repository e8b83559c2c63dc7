package vn.hanoi.plantracker.user.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

import vn.hanoi.plantracker.system.TwoStepPrincipal;
import vn.hanoi.plantracker.user.PlanUser;

/**
 * Replaces the signed-in principal of this session (after a password change or a second
 * factor), with a new session id, keeping the factors already proved.
 */
final class SignedInSession {

	private static final SecurityContextRepository CONTEXTS = new HttpSessionSecurityContextRepository();

	private SignedInSession() {
	}

	static void replace(PlanUser principal, boolean addSecondFactor, HttpServletRequest request,
			HttpServletResponse response) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		List<GrantedAuthority> authorities = new ArrayList<>(current.getAuthorities());
		if (addSecondFactor && !TwoStepPrincipal.provedSecondFactor(current)) {
			authorities.add(FactorGrantedAuthority.fromAuthority(TwoStepPrincipal.TOTP_AUTHORITY));
		}
		Authentication updated = UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(updated);
		SecurityContextHolder.setContext(context);
		request.changeSessionId();
		CONTEXTS.saveContext(context, request, response);
	}

}
