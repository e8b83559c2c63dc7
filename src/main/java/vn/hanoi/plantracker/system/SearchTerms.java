package vn.hanoi.plantracker.system;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a user typed into the search box, folded the way the database's
 * {@code search_fold} folds text (lower case, no diacritics, "đ" as "d"), split into
 * words. A row matches when every word occurs in it; each module that owns searchable
 * rows builds its own statement from {@link #allWordsIn(String)}.
 */
public final class SearchTerms {

	/** More words than this are ignored: a search is a few words, not a paragraph. */
	static final int MAX_WORDS = 8;

	private final String phrase;

	private final List<String> words;

	private SearchTerms(String phrase, List<String> words) {
		this.phrase = phrase;
		this.words = words;
	}

	public static SearchTerms of(String query) {
		String folded = fold((query != null) ? query : "").replaceAll("[^\\p{L}\\p{N}.]+", " ").trim();
		List<String> words = folded.isEmpty() ? List.of()
				: Arrays.stream(folded.split(" ")).distinct().limit(MAX_WORDS).toList();
		return new SearchTerms(String.join(" ", words), words);
	}

	/** Lower case without diacritics; "Đ"/"đ" become "d". Same as SQL search_fold. */
	public static String fold(String text) {
		String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
		return decomposed.replaceAll("[\\u0300-\\u036f]", "").replace('đ', 'd');
	}

	public boolean isEmpty() {
		return this.words.isEmpty();
	}

	public List<String> words() {
		return this.words;
	}

	/** The folded words joined by single spaces. */
	public String phrase() {
		return this.phrase;
	}

	/** A LIKE pattern that finds the folded phrase anywhere. */
	public String phrasePattern() {
		return "%" + escape(this.phrase) + "%";
	}

	/** A LIKE pattern for word {@code i}, anywhere. */
	public String wordPattern(int i) {
		return "%" + escape(this.words.get(i)) + "%";
	}

	/**
	 * SQL requiring every word in the folded {@code document} expression, with parameters
	 * {@code :w0}, {@code :w1}… to bind with {@link #wordPattern(int)}.
	 */
	public String allWordsIn(String document) {
		StringBuilder sql = new StringBuilder("(true");
		for (int i = 0; i < this.words.size(); i++) {
			sql.append(" and search_fold(").append(document).append(") like :w").append(i);
		}
		return sql.append(')').toString();
	}

	/**
	 * The statement with its search parameters bound: {@code :phrase}
	 * ({@link #phrase()}), {@code :phrasePattern} ({@link #phrasePattern()}) and the
	 * words of {@link #allWordsIn(String)} and {@link #wordMatches(String)}.
	 */
	public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
		JdbcClient.StatementSpec bound = statement.param("phrase", this.phrase).param("phrasePattern", phrasePattern());
		for (int i = 0; i < this.words.size(); i++) {
			bound = bound.param("w" + i, wordPattern(i));
		}
		return bound;
	}

	/**
	 * SQL for an array of booleans, element i true when word i occurs in the folded
	 * {@code document}: computed once per row of a small table (tasks, agencies) and
	 * combined with {@link #eachWordInEither(String, String)} over a large join.
	 */
	public String wordMatches(String document) {
		StringBuilder sql = new StringBuilder("array[");
		for (int i = 0; i < this.words.size(); i++) {
			sql.append((i > 0) ? ", " : "").append("search_fold(").append(document).append(") like :w").append(i);
		}
		return sql.append("]::boolean[]").toString();
	}

	/**
	 * SQL requiring every word in one or the other of two {@link #wordMatches} arrays (a
	 * word may name the task and another the agency).
	 */
	public String eachWordInEither(String first, String second) {
		StringBuilder sql = new StringBuilder("(true");
		for (int i = 1; i <= this.words.size(); i++) {
			sql.append(" and (")
				.append(first)
				.append('[')
				.append(i)
				.append("] or ")
				.append(second)
				.append('[')
				.append(i)
				.append("])");
		}
		return sql.append(')').toString();
	}

	private static String escape(String word) {
		return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
