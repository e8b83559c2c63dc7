package vn.hanoi.plantracker.agency;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.system.SearchHit;
import vn.hanoi.plantracker.system.SearchTerms;

/**
 * Agencies whose code or name (Vietnamese or English) holds every word searched for,
 * ignoring diacritics: "ha dong" finds "Phường Hà Đông". Agencies are public to every
 * role; a result leads to the agency's progress report, which checks access itself.
 */
@Service
@Transactional(readOnly = true)
public class AgencySearch {

	private final JdbcClient jdbc;

	AgencySearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Current agencies first, then the phrase in the name, then shorter names. */
	public List<SearchHit> find(SearchTerms terms, int limit) {
		if (terms.isEmpty()) {
			return List.of();
		}
		return terms.bind(this.jdbc.sql("""
				select g.id, g.code, g.name_vi, g.name_en
				from agency g
				where """ + terms.allWordsIn("g.code || ' ' || g.name_vi || ' ' || g.name_en") + """
				order by (g.active_until is null) desc, (lower(g.code) = :phrase) desc,
				         (search_fold(g.name_vi || ' ' || g.name_en) like :phrasePattern) desc,
				         length(g.name_vi), g.sort_order, g.id
				limit :limit"""))
			.param("limit", limit)
			.query((rs, n) -> new SearchHit("/reports/departments/" + rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getString(4), null, null, null))
			.list();
	}

}
