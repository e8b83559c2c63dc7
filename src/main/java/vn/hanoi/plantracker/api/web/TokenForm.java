package vn.hanoi.plantracker.api.web;

import java.time.LocalDate;

import vn.hanoi.plantracker.api.TokenScope;

/**
 * What the new-token form may set: a name, the scope, the last valid day and, for an
 * account with a second factor, a fresh code. The owner is the signed-in user, never a
 * field.
 */
class TokenForm {

	private String name;

	private TokenScope scope = TokenScope.READ;

	private LocalDate validUntil;

	private String code;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public TokenScope getScope() {
		return this.scope;
	}

	public void setScope(TokenScope scope) {
		this.scope = scope;
	}

	public LocalDate getValidUntil() {
		return this.validUntil;
	}

	public void setValidUntil(LocalDate validUntil) {
		this.validUntil = validUntil;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

}
