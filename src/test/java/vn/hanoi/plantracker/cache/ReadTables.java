package vn.hanoi.plantracker.cache;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the database says about reads and versions, from its catalog alone: the tables a
 * statement reads (the relations it names, through the views and the functions it calls,
 * as deep as they go), the tables a trigger keeps a data version for, and the version
 * tables themselves. No list of tables is kept here.
 */
final class ReadTables {

	private static final Pattern WORD = Pattern.compile("(?<![\\w.:$])([a-z_][a-z0-9_]*)(?![\\w])");

	private static final Pattern WRITTEN = Pattern.compile("(?:update|insert\\s+into)\\s+([a-z_][a-z0-9_]*)");

	/** Tables (and partitioned tables) of the application's schema. */
	private final Set<String> tables = new HashSet<>();

	/** Each view's and each function's text, by name (overloads together). */
	private final Map<String, String> bodies = new HashMap<>();

	/** The functions triggers run, by table. */
	private final Map<String, Set<String>> triggers = new HashMap<>();

	ReadTables(JdbcClient jdbc) {
		jdbc.sql("""
				select c.relname, c.relkind, case when c.relkind in ('v', 'm') then pg_get_viewdef(c.oid) end
				from pg_class c join pg_namespace n on n.oid = c.relnamespace
				where n.nspname = current_schema() and c.relkind in ('r', 'p', 'v', 'm')""").query((rs) -> {
			String kind = rs.getString(2);
			if ("r".equals(kind) || "p".equals(kind)) {
				this.tables.add(rs.getString(1));
			}
			else {
				this.bodies.put(rs.getString(1), rs.getString(3));
			}
		});
		jdbc.sql("""
				select p.proname, p.prosrc from pg_proc p join pg_namespace n on n.oid = p.pronamespace
				where n.nspname = current_schema()""").query((rs) -> {
			this.bodies.merge(rs.getString(1), rs.getString(2), (a, b) -> a + "\n" + b);
		});
		jdbc.sql("""
				select c.relname, p.proname from pg_trigger t
				join pg_class c on c.oid = t.tgrelid join pg_proc p on p.oid = t.tgfoid
				where not t.tgisinternal and t.tgenabled <> 'D'""").query((rs) -> {
			this.triggers.computeIfAbsent(rs.getString(1), (k) -> new TreeSet<>()).add(rs.getString(2));
		});
	}

	/** The tables this statement reads, through views and functions. */
	Set<String> readBy(String sql) {
		Set<String> read = new TreeSet<>();
		Set<String> seen = new HashSet<>();
		Deque<String> texts = new ArrayDeque<>();
		texts.add(sql);
		while (!texts.isEmpty()) {
			for (String word : words(texts.poll())) {
				if (this.tables.contains(word)) {
					read.add(word);
				}
				else if (this.bodies.containsKey(word) && seen.add(word)) {
					texts.add(this.bodies.get(word));
				}
			}
		}
		return read;
	}

	/**
	 * The functions that change a data version: those that write one of the version
	 * tables, and those that call one of them.
	 */
	Set<String> bumpingFunctions(Set<String> versionTables) {
		Set<String> bumping = new TreeSet<>();
		this.bodies.forEach((name, body) -> {
			if (body != null && WRITTEN.matcher(body.toLowerCase(Locale.ROOT))
				.results()
				.anyMatch((write) -> versionTables.contains(write.group(1)))) {
				bumping.add(name);
			}
		});
		boolean grew = true;
		while (grew) {
			grew = false;
			for (Map.Entry<String, String> function : this.bodies.entrySet()) {
				if (!bumping.contains(function.getKey()) && function.getValue() != null
						&& words(function.getValue()).stream().anyMatch(bumping::contains)) {
					grew = bumping.add(function.getKey()) || grew;
				}
			}
		}
		return bumping;
	}

	/** Whether a change to the table changes a data version (one of its triggers). */
	boolean bumpsVersion(String table, Set<String> bumpingFunctions) {
		return this.triggers.getOrDefault(table, Set.of()).stream().anyMatch(bumpingFunctions::contains);
	}

	private static Set<String> words(String text) {
		String plain = text.toLowerCase(Locale.ROOT)
			.replaceAll("(?s)/\\*.*?\\*/", " ")
			.replaceAll("--[^\\n]*", " ")
			.replaceAll("'(?:[^']|'')*'", " ");
		Set<String> words = new HashSet<>();
		Matcher matcher = WORD.matcher(plain);
		while (matcher.find()) {
			words.add(matcher.group(1));
		}
		return words;
	}

}
