package vn.hanoi.plantracker.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * How a session is named on the page that lists a user's sessions: never by its id (the
 * id, Base64-encoded, is the session cookie), but by a SHA-256 digest of it, cut to 128
 * bits. The id is random (122 bits), so the digest tells nothing of it; the same session
 * has the same handle on every node, with no secret to share.
 */
public final class SessionHandle {

	private static final int BYTES = 16;

	private SessionHandle() {
	}

	public static String of(String sessionId) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(("plantracker session handle:" + sessionId).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, BYTES));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Whether this handle names this session (compared in constant time). */
	public static boolean names(String handle, String sessionId) {
		return handle != null && MessageDigest.isEqual(handle.getBytes(StandardCharsets.US_ASCII),
				of(sessionId).getBytes(StandardCharsets.US_ASCII));
	}

}
