package vn.hanoi.plantracker.round;

/**
 * A change the round's rules do not allow now (a closed round, a report already
 * submitted, a return without a reason); the message key says what to do instead.
 */
public class RoundWorkflowException extends RuntimeException {

	private final String messageKey;

	public RoundWorkflowException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
