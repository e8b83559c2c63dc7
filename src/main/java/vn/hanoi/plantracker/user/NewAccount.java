package vn.hanoi.plantracker.user;

/** A new account as the administrator enters it. */
public record NewAccount(String username, String fullName, String email, Role role, long agencyId, String password) {

}
