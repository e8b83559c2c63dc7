package vn.hanoi.plantracker.notification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.FlywayException;

import org.springframework.stereotype.Component;

/**
 * Keeps the database's check on {@code notification.kind} in step with
 * {@link NotificationKind}, after every migration. Several features add kinds, each in
 * its own range of migration numbers, and a migration that re-creates the check with its
 * own list would otherwise drop the kinds another feature added earlier; the enum is the
 * one list every writer uses. Nothing is done when the check already allows every kind.
 */
@Component
class NotificationKindConstraint implements Callback {

	private static final String CONSTRAINT = "notification_kind_check";

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.AFTER_MIGRATE;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		try {
			Connection connection = context.getConnection();
			String current = definition(connection);
			if (current == null) {
				// no notification table yet (an empty schema): nothing to keep in step
				return;
			}
			boolean allowsAll = Arrays.stream(NotificationKind.values())
				.allMatch((kind) -> current.contains("'" + kind.name() + "'"));
			if (allowsAll) {
				return;
			}
			String kinds = Arrays.stream(NotificationKind.values())
				.map((kind) -> "'" + kind.name() + "'")
				.collect(Collectors.joining(", "));
			try (Statement statement = connection.createStatement()) {
				statement.execute("alter table notification drop constraint if exists " + CONSTRAINT);
				statement.execute(
						"alter table notification add constraint " + CONSTRAINT + " check (kind in (" + kinds + "))");
			}
		}
		catch (SQLException ex) {
			throw new FlywayException("Could not update " + CONSTRAINT, ex);
		}
	}

	@Override
	public String getCallbackName() {
		return "notification-kind-constraint";
	}

	private static String definition(Connection connection) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("""
				select coalesce((select pg_get_constraintdef(c.oid) from pg_constraint c
				                 where c.conname = ? and c.conrelid = t.oid), '')
				from pg_class t where t.relname = 'notification' and t.relkind = 'r'
				  and t.relnamespace = to_regnamespace(current_schema())""")) {
			query.setString(1, CONSTRAINT);
			try (ResultSet rows = query.executeQuery()) {
				return rows.next() ? rows.getString(1) : null;
			}
		}
	}

}
