package vn.hanoi.plantracker.notification;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.hanoi.plantracker.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database allows exactly the notification kinds the code writes: the check on
 * {@code notification.kind}, as the migrations leave it, lists every
 * {@link NotificationKind} and nothing else. A new kind needs its own migration.
 */
@IntegrationTest
class NotificationKindConstraintTests {

	private static final Pattern QUOTED = Pattern.compile("'([^']+)'");

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCheckOnNotificationKindListsEveryKindOfTheEnum() {
		String definition = this.jdbc.sql("""
				select pg_get_constraintdef(c.oid) from pg_constraint c
				join pg_class t on t.oid = c.conrelid
				where t.relname = 'notification' and c.conname = 'notification_kind_check'
				  and t.relnamespace = to_regnamespace(current_schema())""").query(String.class).single();
		Set<String> allowed = QUOTED.matcher(definition).results().map((m) -> m.group(1)).collect(Collectors.toSet());
		Set<String> kinds = Arrays.stream(NotificationKind.values()).map(Enum::name).collect(Collectors.toSet());
		assertThat(allowed).as(definition).isEqualTo(kinds);
	}

	@Test
	void aKindTheEnumDoesNotKnowIsRefused() {
		// the check comes from the migrations alone (no callback rewrites it)
		assertThatThrownBy(() -> this.jdbc.sql("""
				insert into notification (recipient_id, kind, detail, created_at)
				select id, 'NOT_A_KIND', 'x', now() from app_user order by id limit 1""").update())
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThat(this.jdbc.sql("select count(*) from flyway_schema_history where version = '140' and success")
			.query(Long.class)
			.single()).isOne();
	}

}
