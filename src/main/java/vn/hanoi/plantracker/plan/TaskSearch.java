package vn.hanoi.plantracker.plan;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.system.SearchHit;
import vn.hanoi.plantracker.system.SearchTerms;

/**
 * Tasks whose number or title (Vietnamese or English) holds every word searched for,
 * ignoring diacritics; one statement, served by the trigram index on the folded text.
 * Every role may read every task.
 */
@Service
@Transactional(readOnly = true)
public class TaskSearch {

	static final String DOCUMENT = "t.code || ' ' || t.title_vi || ' ' || t.title_en";

	private final JdbcClient jdbc;

	TaskSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The best matches first: the exact number, then the phrase in the title, then
	 * shorter titles.
	 */
	public List<SearchHit> find(SearchTerms terms, int limit) {
		if (terms.isEmpty()) {
			return List.of();
		}
		return terms.bind(this.jdbc.sql("""
				select t.id, t.code, t.title_vi, t.title_en, p.number, k.ordinal
				from task t
				join key_area k on k.id = t.key_area_id
				join plan p on p.id = k.plan_id
				where """ + terms.allWordsIn(DOCUMENT) + """
				order by (lower(t.code) = :phrase) desc,
				         (search_fold(t.title_vi || ' ' || t.title_en) like :phrasePattern) desc,
				         length(t.title_vi), t.id
				limit :limit"""))
			.param("limit", limit)
			.query((rs, n) -> new SearchHit("/tasks/" + rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(5), null))
			.list();
	}

}
