package vn.hanoi.plantracker.user;

/** An administrator's change to an account, with the reason recorded in the log. */
public record AccountChange(String fullName, String email, Role role, long agencyId, String reason) {

}
