package vn.hanoi.plantracker.user;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who administers an account, in one place: administrators only (every other role is
 * refused, 403, whatever the id), and only an account that exists (a missing one is not
 * found, 404). What an administrator may change on an account (never their own role or
 * access) stays with {@link UserAdministration}, which says why in the user's language.
 * <p>
 * The access component of accounts: handlers carry its rule as
 * {@link AdministratorOfAccount}.
 */
@Component("accountAccess")
@Transactional(readOnly = true)
class AccountAccess {

	private final UserAccountRepository users;

	AccountAccess(UserAccountRepository users) {
		this.users = users;
	}

	public boolean canAdminister(Long userId, Authentication authentication) {
		if (authentication == null || authentication.getAuthorities()
			.stream()
			.noneMatch((granted) -> Role.ADMIN.authority().equals(granted.getAuthority()))) {
			return false;
		}
		if (userId == null || !this.users.existsById(userId)) {
			throw new UserNotFoundException(userId);
		}
		return true;
	}

}
