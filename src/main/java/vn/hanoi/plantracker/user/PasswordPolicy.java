package vn.hanoi.plantracker.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.nulabinc.zxcvbn.Zxcvbn;

import org.springframework.stereotype.Component;

/**
 * What a new password must be: 12 to 128 characters of any script, and not guessable. The
 * zxcvbn estimator (with its dictionaries of common passwords, names, words and keyboard
 * patterns) must rate it at least 3 of 4, counting the person's own name, username and
 * this application's words as guessable. A password is never trimmed or changed.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 128;

	private static final int MIN_SCORE = 3;

	private static final List<String> APPLICATION_WORDS = List.of("plan", "tracker", "plantracker", "hanoi", "demo",
			"133", "ubnd", "kh-ubnd", "admin", "password", "matkhau");

	private final Zxcvbn zxcvbn = new Zxcvbn();

	/** The message key saying what is wrong, or null when the password is acceptable. */
	public String problemWith(String password, String username, String fullName) {
		if (password == null || password.isEmpty()) {
			return "password.required";
		}
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			return "password.tooShort";
		}
		if (length > MAX_LENGTH) {
			return "password.tooLong";
		}
		if (password.isBlank()) {
			return "password.guessable";
		}
		List<String> personal = new ArrayList<>(APPLICATION_WORDS);
		addWords(personal, username);
		addWords(personal, fullName);
		String lower = password.toLowerCase(Locale.ROOT);
		if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
			return "password.guessable";
		}
		String rest = withoutKnownWords(lower, personal);
		if (rest.codePointCount(0, rest.length()) < 8) {
			return "password.guessable";
		}
		return (this.zxcvbn.measure(password, personal).getScore() < MIN_SCORE) ? "password.guessable" : null;
	}

	public void require(String password, String username, String fullName) {
		String problem = problemWith(password, username, fullName);
		if (problem != null) {
			throw new UserEditException(problem);
		}
	}

	/**
	 * What is left of the password without the application's words, the person's names
	 * and separators: "demo-plan-133" leaves nothing, which zxcvbn alone rates too well.
	 */
	private static String withoutKnownWords(String lower, List<String> words) {
		String rest = lower;
		for (String word : words) {
			rest = rest.replace(word, "");
		}
		return rest.replaceAll("[^\\p{L}\\p{N}]+", "");
	}

	private static void addWords(List<String> words, String text) {
		if (text != null) {
			for (String part : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
				if (part.length() >= 3) {
					words.add(part);
				}
			}
		}
	}

}
