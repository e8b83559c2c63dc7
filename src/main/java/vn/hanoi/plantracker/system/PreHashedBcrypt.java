package vn.hanoi.plantracker.system;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * bcrypt reads at most 72 bytes, and Spring Security refuses longer input; a
 * 128-character Vietnamese passphrase can be 500 bytes. So the password is first reduced
 * to a fixed 44-character HMAC-SHA-256 digest (the same idea as passlib's
 * {@code bcrypt_sha256}), then hashed with bcrypt: every character counts, at any length.
 */
final class PreHashedBcrypt implements PasswordEncoder {

	static final String ID = "bcrypt-sha256";

	private static final byte[] KEY = "plan-tracker bcrypt pre-hash".getBytes(StandardCharsets.UTF_8);

	private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

	@Override
	public String encode(CharSequence rawPassword) {
		return this.bcrypt.encode(preHash(rawPassword));
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		return rawPassword != null && this.bcrypt.matches(preHash(rawPassword), encodedPassword);
	}

	private static String preHash(CharSequence raw) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
			byte[] digest = mac.doFinal(raw.toString().getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Hashes made before: plain bcrypt. A password longer than bcrypt's 72 bytes cannot
	 * be one of them, so it simply does not match (instead of an error).
	 */
	static final class Legacy implements PasswordEncoder {

		private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

		@Override
		public String encode(CharSequence rawPassword) {
			throw new UnsupportedOperationException("New hashes use " + ID);
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			return rawPassword != null && rawPassword.toString().getBytes(StandardCharsets.UTF_8).length <= 72
					&& this.bcrypt.matches(rawPassword, encodedPassword);
		}

	}

}
