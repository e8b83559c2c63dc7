package vn.hanoi.plantracker.notification;

import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.system.Today;

/**
 * A user's own notifications: the unread count for the bell, the list, marking as read.
 * Every statement is scoped to the recipient, so nobody reads or marks another's.
 */
@Service
@Transactional
public class Notifications {

	private final JdbcClient jdbc;

	private final Today today;

	Notifications(JdbcClient jdbc, Today today) {
		this.jdbc = jdbc;
		this.today = today;
	}

	@Transactional(readOnly = true)
	public long unreadCount(long userId) {
		return this.jdbc.sql("select count(*) from notification where recipient_id = :me and read_at is null")
			.param("me", userId)
			.query(Long.class)
			.single();
	}

	/** How many notifications this user has, read or not. */
	@Transactional(readOnly = true)
	public int count(long userId) {
		return this.jdbc.sql("select count(*) from notification where recipient_id = :me")
			.param("me", userId)
			.query(Integer.class)
			.single();
	}

	/**
	 * {@code limit} of this user's notifications from position {@code offset} (from 0),
	 * unread first, then newest first.
	 */
	@Transactional(readOnly = true)
	public List<NotificationView> page(long userId, int offset, int limit) {
		return this.jdbc.sql("""
				select id, kind, assignment_id, item_count, subject, detail, created_at, read_at is not null,
				       round_id, agency_id
				from notification where recipient_id = :me
				order by (read_at is not null), created_at desc, id desc offset :offset limit :limit
				""")
			.param("me", userId)
			.param("offset", offset)
			.param("limit", limit)
			.query((rs, n) -> new NotificationView(rs.getLong(1), NotificationKind.valueOf(rs.getString(2)),
					rs.getObject(3, Long.class), rs.getInt(4), rs.getString(5), rs.getString(6),
					rs.getTimestamp(7).toInstant(), rs.getBoolean(8), rs.getObject(9, Long.class),
					rs.getObject(10, Long.class)))
			.list();
	}

	/** Marks one of the user's own notifications as read; anyone else's is not found. */
	public void markRead(long userId, long notificationId) {
		int changed = this.jdbc
			.sql("update notification set read_at = coalesce(read_at, :now) where id = :id and recipient_id = :me")
			.param("now", Timestamp.from(this.today.now()))
			.param("id", notificationId)
			.param("me", userId)
			.update();
		if (changed == 0) {
			throw new NotificationNotFoundException(notificationId);
		}
	}

	/**
	 * Opens one of the user's own notifications: marks it read and returns it, so the
	 * caller can go where it points. Anyone else's is not found.
	 */
	public NotificationView open(long userId, long notificationId) {
		markRead(userId, notificationId);
		return this.jdbc.sql("""
				select id, kind, assignment_id, item_count, subject, detail, created_at, read_at is not null,
				       round_id, agency_id
				from notification where id = :id and recipient_id = :me""")
			.param("id", notificationId)
			.param("me", userId)
			.query((rs, n) -> new NotificationView(rs.getLong(1), NotificationKind.valueOf(rs.getString(2)),
					rs.getObject(3, Long.class), rs.getInt(4), rs.getString(5), rs.getString(6),
					rs.getTimestamp(7).toInstant(), rs.getBoolean(8), rs.getObject(9, Long.class),
					rs.getObject(10, Long.class)))
			.single();
	}

	public void markAllRead(long userId) {
		this.jdbc.sql("update notification set read_at = :now where recipient_id = :me and read_at is null")
			.param("now", Timestamp.from(this.today.now()))
			.param("me", userId)
			.update();
	}

}
