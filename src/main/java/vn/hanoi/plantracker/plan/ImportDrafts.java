package vn.hanoi.plantracker.plan;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.user.PlanUser;

/**
 * Annex files kept between an import's preview and its confirmation
 * ({@code plan_import_draft}): one per user, under a token, for a day. Callers
 * ({@link PlanImport}) have checked the user and the file.
 */
@Component
class ImportDrafts {

	private static final Duration DRAFT_LIFETIME = Duration.ofDays(1);

	private final JdbcClient jdbc;

	private final Today today;

	ImportDrafts(JdbcClient jdbc, Today today) {
		this.jdbc = jdbc;
		this.today = today;
	}

	/**
	 * Keeps the file for the user, in place of the one kept before; returns its token.
	 */
	UUID keep(PlanUser user, String name, byte[] content) {
		UUID token = UUID.randomUUID();
		this.jdbc.sql("delete from plan_import_draft where author_id = :author or created_at < :expired")
			.param("author", user.getId())
			.param("expired", Timestamp.from(this.today.now().minus(DRAFT_LIFETIME)))
			.update();
		this.jdbc.sql("""
				insert into plan_import_draft (token, author_id, created_at, file_name, content)
				values (:token, :author, :at, :name, :content)""")
			.param("token", token)
			.param("author", user.getId())
			.param("at", Timestamp.from(this.today.now()))
			.param("name", name)
			.param("content", content)
			.update();
		return token;
	}

	void forget(String token) {
		this.jdbc.sql("delete from plan_import_draft where token = :token")
			.param("token", UUID.fromString(token))
			.update();
	}

	/** The user's kept file under the token, if it is still kept. */
	Optional<Draft> find(PlanUser user, String token) {
		UUID id;
		try {
			id = UUID.fromString((token != null) ? token : "");
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				select file_name, content from plan_import_draft
				where token = :token and author_id = :author and created_at >= :expired""")
			.param("token", id)
			.param("author", user.getId())
			.param("expired", Timestamp.from(this.today.now().minus(DRAFT_LIFETIME)))
			.query((rs, n) -> new Draft(rs.getString(1), rs.getBytes(2)))
			.optional();
	}

	/** The file's name without a path or characters a page or a file system misreads. */
	static String safeName(String original) {
		String name = (original != null) ? original : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
			.replaceAll("[\\p{Cntrl}<>:\"|?*\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]", "")
			.strip();
		return name.isEmpty() ? "annex.xlsx" : name.substring(0, Math.min(name.length(), 200));
	}

	record Draft(String fileName, byte[] content) {

	}

}
