package vn.hanoi.plantracker.user;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed sign-ins slow down and lock: within {@code window}, from failure
 * {@code delayFrom} on each further attempt must wait {@code firstDelay}, doubling each
 * time up to {@code maxDelay}; at failure {@code lockAt} the name (or address) is locked
 * for {@code lockFor}. An office behind one address has many users, so an address is not
 * slowed down, only locked after {@code addressLockAt} failures in the window.
 */
@ConfigurationProperties("plantracker.sign-in")
public record SignInLimits(@DefaultValue Limit account, @DefaultValue("100") int addressLockAt) {

	public record Limit(@DefaultValue("15m") Duration window, @DefaultValue("3") int delayFrom,
			@DefaultValue("1s") Duration firstDelay, @DefaultValue("60s") Duration maxDelay,
			@DefaultValue("10") int lockAt, @DefaultValue("15m") Duration lockFor) {

		/** How long to wait after this many failures in the window; zero when none. */
		Duration delayAfter(int failures) {
			if (failures < this.delayFrom) {
				return Duration.ZERO;
			}
			int doublings = Math.min(failures - this.delayFrom, 30);
			Duration delay = this.firstDelay.multipliedBy(1L << doublings);
			return (delay.compareTo(this.maxDelay) > 0) ? this.maxDelay : delay;
		}

		Limit forAddresses(int delayFrom, int lockAt) {
			return new Limit(this.window, delayFrom, this.firstDelay, this.maxDelay, lockAt, this.lockFor);
		}

	}

	Limit address() {
		return this.account.forAddresses(this.addressLockAt, this.addressLockAt);
	}

}
