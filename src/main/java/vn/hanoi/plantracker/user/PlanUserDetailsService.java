package vn.hanoi.plantracker.user;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class PlanUserDetailsService implements UserDetailsService {

	private final UserAccountRepository users;

	private final SecondFactorRule secondFactor;

	PlanUserDetailsService(UserAccountRepository users, SecondFactorRule secondFactor) {
		this.users = users;
		this.secondFactor = secondFactor;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		// no account name holds a control character (and PostgreSQL refuses NUL in text)
		if (username == null || username.codePoints().anyMatch(Character::isISOControl)) {
			throw new UsernameNotFoundException("No such user");
		}
		return this.users.findWithAgencyByUsername(username)
			.map((account) -> new PlanUser(account, this.secondFactor.required(account)))
			.orElseThrow(() -> new UsernameNotFoundException("No user " + username));
	}

}
