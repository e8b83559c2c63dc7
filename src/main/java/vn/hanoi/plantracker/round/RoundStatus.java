package vn.hanoi.plantracker.round;

/** An open round takes reports; a closed one is frozen. */
public enum RoundStatus {

	OPEN, CLOSED

}
