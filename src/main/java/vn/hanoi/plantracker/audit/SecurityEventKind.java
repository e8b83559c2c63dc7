package vn.hanoi.plantracker.audit;

/** What happened; the admin page filters by it and the log line names it. */
public enum SecurityEventKind {

	SIGN_IN_SUCCEEDED, SIGN_IN_FAILED, SIGN_IN_THROTTLED, ACCOUNT_LOCKED, ACCOUNT_UNLOCKED, ADDRESS_LOCKED,
	SECOND_FACTOR_SUCCEEDED, SECOND_FACTOR_FAILED, SECOND_FACTOR_ENROLLED, SECOND_FACTOR_RESET, RECOVERY_CODE_USED,
	ACCESS_DENIED, PASSWORD_CHANGED, PASSWORD_RESET, ACCOUNT_CREATED, ACCOUNT_CHANGED, ACCOUNT_DEACTIVATED,
	ACCOUNT_REACTIVATED, SESSION_ENDED, SIGNED_OUT,
	/** An administrator downloaded a backup of the database (issue 12). */
	BACKUP_DOWNLOADED,
	/** A change refused for a missing or wrong CSRF token. */
	CSRF_REFUSED,
	/** An id of another agency's record, answered like one that does not exist. */
	OTHER_AGENCYS_ID,
	/**
	 * A source sent more refused requests than the log records; the rest of its window is
	 * not recorded.
	 */
	REFUSALS_SUPPRESSED,
	/** A user made a personal access token for the API (issue 23). */
	API_TOKEN_CREATED,
	/** A user revoked one of their API tokens. */
	API_TOKEN_REVOKED,
	/**
	 * A signed-in user's password (or code) was wrong when proving again who they are
	 * before a sensitive change.
	 */
	REAUTHENTICATION_FAILED

}
