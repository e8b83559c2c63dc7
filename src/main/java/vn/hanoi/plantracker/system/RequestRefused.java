package vn.hanoi.plantracker.system;

/**
 * A request refused for a reason the security log wants to know, raised where the refusal
 * is decided (a filter, a service) and recorded by the audit module: a missing or wrong
 * CSRF token, a 403 thrown by a service or controller, or an id of another agency's
 * record (answered 404, like an id that does not exist). {@code username} is null for an
 * anonymous request.
 */
public record RequestRefused(Why why, String username, String clientAddress, String what) {

	public enum Why {

		CSRF, FORBIDDEN, OTHER_AGENCYS_ID

	}

}
