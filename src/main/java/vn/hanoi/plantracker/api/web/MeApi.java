package vn.hanoi.plantracker.api.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.hanoi.plantracker.api.TokenScope;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.system.access.SignedIn;

/** Who the token acts as: the cheapest call, to check a token. */
@RestController
@SignedIn
@Tag(name = "Token", description = "The token's owner and scope")
class MeApi {

	/** The token's owner (role and agency as they are now) and what the token may do. */
	record Me(String username, String fullName, String role, long agencyId, String agencyNameVi, String agencyNameEn,
			TokenScope scope) {

	}

	@GetMapping(path = "/api/v1/me", produces = "application/json")
	@Operation(summary = "Who am I", description = "The user the token acts as and the token's scope.")
	Me me(Authentication authentication) {
		PlanUser user = (PlanUser) authentication.getPrincipal();
		TokenScope scope = authentication.getAuthorities()
			.stream()
			.anyMatch((a) -> TokenScope.READ_WRITE.authority().equals(a.getAuthority())) ? TokenScope.READ_WRITE
					: TokenScope.READ;
		return new Me(user.getUsername(), user.getFullName(), user.getRole().name(), user.getAgencyId(),
				user.agencyNameVi(), user.agencyNameEn(), scope);
	}

}
