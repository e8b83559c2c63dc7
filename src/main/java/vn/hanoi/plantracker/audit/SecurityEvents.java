package vn.hanoi.plantracker.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.system.Today;

/**
 * Records security events in PostgreSQL and writes each as one log line with key/value
 * pairs. An event joins the transaction of the change it records (so a change and its
 * event commit together, without a second database connection per request); sign-in
 * outcomes, which have no transaction around them, commit on their own. Callers pass
 * names, addresses and reasons, never a password, code or secret. Each kind is counted in
 * {@code plantracker.security.events} (tag {@code kind}; failed sign-ins are
 * {@code SIGN_IN_FAILED} and {@code SECOND_FACTOR_FAILED}).
 */
@Service
public class SecurityEvents {

	private static final Logger log = LoggerFactory.getLogger("vn.hanoi.plantracker.security");

	private static final int MAX_TEXT = 1000;

	private final JdbcClient jdbc;

	private final Today today;

	private final Map<SecurityEventKind, Counter> counters = new EnumMap<>(SecurityEventKind.class);

	SecurityEvents(JdbcClient jdbc, Today today, ObjectProvider<MeterRegistry> meters) {
		this.jdbc = jdbc;
		this.today = today;
		MeterRegistry registry = meters.getIfAvailable(SimpleMeterRegistry::new);
		for (SecurityEventKind kind : SecurityEventKind.values()) {
			this.counters.put(kind,
					Counter.builder("plantracker.security.events")
						.tag("kind", kind.name())
						.description("Security events recorded on this node (sign-in failures, locks, refusals)")
						.register(registry));
		}
	}

	@Transactional
	public void record(SecurityEventKind kind, String username, String actor, String clientAddress, String detail) {
		String user = clean(username, 200);
		String by = clean(actor, 200);
		String address = clean(clientAddress, 64);
		String why = clean(detail, MAX_TEXT);
		this.jdbc.sql("""
				insert into security_event (occurred_at, kind, username, actor, client_address, detail)
				values (:at, :kind, :username, :actor, :address, :detail)""")
			.param("at", java.sql.Timestamp.from(this.today.now()))
			.param("kind", kind.name())
			.param("username", user)
			.param("actor", by)
			.param("address", address)
			.param("detail", why)
			.update();
		this.counters.get(kind).increment();
		log.atInfo()
			.addKeyValue("event", kind.name())
			.addKeyValue("user", user)
			.addKeyValue("actor", by)
			.addKeyValue("address", address)
			.addKeyValue("detail", why)
			.log("security_event={} user=\"{}\" actor=\"{}\" address=\"{}\" detail=\"{}\"", kind, quoted(username),
					quoted(actor), quoted(clientAddress), quoted(detail));
	}

	/** Newest first, one page; a count and a page query whatever the filter. */
	@Transactional(readOnly = true)
	public Page<SecurityEvent> find(SecurityEventFilter filter, Pageable pageable) {
		StringBuilder where = new StringBuilder(" where true");
		List<Object[]> params = new ArrayList<>();
		if (filter.kind() != null) {
			where.append(" and kind = :kind");
			params.add(new Object[] { "kind", filter.kind().name() });
		}
		if (filter.username() != null && !filter.username().isBlank()) {
			where.append(" and lower(username) = lower(:username)");
			params.add(new Object[] { "username", filter.username().strip() });
		}
		if (filter.clientAddress() != null && !filter.clientAddress().isBlank()) {
			where.append(" and client_address = :address");
			params.add(new Object[] { "address", filter.clientAddress().strip() });
		}
		if (filter.from() != null) {
			where.append(" and occurred_at >= :from");
			params.add(new Object[] { "from", startOf(filter.from()) });
		}
		if (filter.to() != null) {
			where.append(" and occurred_at < :to");
			params.add(new Object[] { "to", startOf(filter.to().plusDays(1)) });
		}
		var count = this.jdbc.sql("select count(*) from security_event" + where);
		var rows = this.jdbc.sql("select id, occurred_at, kind, username, actor, client_address, detail"
				+ " from security_event" + where + " order by occurred_at desc, id desc limit :limit offset :offset");
		for (Object[] p : params) {
			count = count.param((String) p[0], p[1]);
			rows = rows.param((String) p[0], p[1]);
		}
		long total = count.query(Long.class).single();
		List<SecurityEvent> content = rows.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((rs, n) -> new SecurityEvent(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
					SecurityEventKind.valueOf(rs.getString("kind")), rs.getString("username"), rs.getString("actor"),
					rs.getString("client_address"), rs.getString("detail")))
			.list();
		return new PageImpl<>(content, pageable, total);
	}

	private static java.sql.Timestamp startOf(LocalDate date) {
		return java.sql.Timestamp.from(date.atStartOfDay(Today.ZONE).toInstant());
	}

	/**
	 * Control characters never reach the log or the table: a name cannot forge a line.
	 */
	static String clean(String value, int max) {
		if (value == null) {
			return null;
		}
		StringBuilder out = new StringBuilder(Math.min(value.length(), max));
		value.codePoints().limit(max).forEach((cp) -> out.appendCodePoint(Character.isISOControl(cp) ? '?' : cp));
		return out.toString();
	}

	/**
	 * A value between double quotes in the log line, as in JSON: a backslash, a quote or
	 * a control character is escaped, so no value can end its field or start a line.
	 */
	static String quoted(String value) {
		if (value == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(Math.min(value.length(), MAX_TEXT) + 8);
		value.codePoints().limit(MAX_TEXT).forEach((cp) -> {
			switch (cp) {
				case '\\' -> out.append("\\\\");
				case '"' -> out.append("\\\"");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029) {
						out.append(String.format("\\u%04x", cp));
					}
					else {
						out.appendCodePoint(cp);
					}
				}
			}
		});
		return out.toString();
	}

}
