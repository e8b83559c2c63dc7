package vn.hanoi.plantracker.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * An online, consistent backup of the whole database, written by the application itself,
 * so that it needs no {@code pg_dump} of the server's major version: the embedded
 * PostgreSQL 17 ships only {@code postgres}, {@code initdb} and {@code pg_ctl}, and
 * Debian 12 packages only a version 15 client, which refuses a 17 server.
 * <p>
 * One read-only REPEATABLE READ transaction sees one snapshot of every table while the
 * application keeps running. The output is a gzip'd SQL script, in the format of
 * {@code pg_dump --data-only --disable-triggers}: it checks the schema version, empties
 * every table, loads each with {@code COPY ... FROM stdin} (PostgreSQL's own text format,
 * exact for every type, {@code bytea} included) and sets every sequence. The schema
 * itself comes from the application's Flyway migrations, so any {@code psql} (15, 16, 17)
 * loads it into a database the application has migrated:
 * {@code gunzip -c file.sql.gz | psql -v ON_ERROR_STOP=1 --single-transaction -d db}.
 */
@Service
public class DatabaseBackup {

	private static final Logger log = LoggerFactory.getLogger(DatabaseBackup.class);

	private final DataSource dataSource;

	DatabaseBackup(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** What was written: for the log and the security event. */
	public record Summary(String schemaVersion, int tables, long bytes) {
	}

	/** Writes the gzip'd script to {@code out}; does not close it. */
	public Summary write(OutputStream out) throws IOException, SQLException {
		CountingOutputStream counted = new CountingOutputStream(out);
		GZIPOutputStream gzip = new GZIPOutputStream(counted, 64 * 1024);
		try (Connection connection = this.dataSource.getConnection()) {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try {
				Summary summary = write(connection, gzip);
				gzip.finish();
				gzip.flush();
				return new Summary(summary.schemaVersion(), summary.tables(), counted.count);
			}
			finally {
				connection.rollback();
				connection.setAutoCommit(autoCommit);
			}
		}
	}

	private Summary write(Connection connection, OutputStream out) throws SQLException, IOException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("set transaction isolation level repeatable read, read only");
			// a large evidence table may take longer than the pages' statement limit
			statement.execute("set local statement_timeout = 0");
			String schemaVersion = single(statement, """
					select version from flyway_schema_history where success and version is not null
					order by installed_rank desc limit 1""");
			String serverVersion = single(statement, "show server_version");
			List<Table> tables = tables(statement);
			List<String> sequences = new ArrayList<>();
			try (ResultSet rs = statement.executeQuery("""
					select quote_ident(n.nspname) || '.' || quote_ident(c.relname) from pg_class c
					join pg_namespace n on n.oid = c.relnamespace
					where c.relkind = 'S' and n.nspname = current_schema() order by c.relname""")) {
				while (rs.next()) {
					sequences.add(rs.getString(1));
				}
			}
			text(out,
					"""
							-- Plan Tracker backup taken %s from PostgreSQL %s, schema version %s.
							-- Load it into a database that Plan Tracker has migrated to schema version %s
							-- (start the application on the empty database once, then stop it), as a superuser:
							--   gunzip -c <this file> | psql -v ON_ERROR_STOP=1 --single-transaction -d <database>
							-- Every table is emptied first; triggers and foreign-key checks are off while loading.
							set client_encoding = 'UTF8';
							set standard_conforming_strings = on;
							set session_replication_role = replica;
							do $check$ begin
							  if (select version from flyway_schema_history where success and version is not null
							      order by installed_rank desc limit 1) is distinct from '%s' then
							    raise exception 'This backup is of Plan Tracker schema version %s: migrate the database to that version first';
							  end if;
							end $check$;
							"""
						.formatted(Instant.now(), serverVersion, schemaVersion, schemaVersion, schemaVersion,
								schemaVersion));
			text(out, "truncate table " + String.join(", ", tables.stream().map(Table::name).toList()) + ";\n");
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			for (Table table : tables) {
				text(out, "\ncopy " + table.name() + " (" + table.columns() + ") from stdin;\n");
				copy.copyOut("copy (select " + table.columns() + " from " + table.name() + ") to stdout", out);
				text(out, "\\.\n");
			}
			text(out, "\n");
			for (String sequence : sequences) {
				try (ResultSet rs = statement.executeQuery("select last_value, is_called from " + sequence)) {
					rs.next();
					text(out, "select pg_catalog.setval('%s', %d, %s);\n".formatted(sequence.replace("'", "''"),
							rs.getLong(1), rs.getBoolean(2)));
				}
			}
			text(out, "reset session_replication_role;\n-- end of backup\n");
			log.info("Backup written: schema version {}, {} tables, {} sequences", schemaVersion, tables.size(),
					sequences.size());
			return new Summary(schemaVersion, tables.size(), 0);
		}
	}

	/**
	 * Every table of the application's schema but Flyway's history (which the target
	 * already has), with its columns less the generated ones (PostgreSQL computes those).
	 */
	private static List<Table> tables(Statement statement) throws SQLException {
		List<Table> tables = new ArrayList<>();
		try (ResultSet rs = statement.executeQuery("""
				select quote_ident(n.nspname) || '.' || quote_ident(c.relname),
				       string_agg(quote_ident(a.attname), ', ' order by a.attnum)
				from pg_class c
				join pg_namespace n on n.oid = c.relnamespace
				join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
				     and a.attgenerated = ''
				where c.relkind in ('r', 'p') and not c.relispartition and n.nspname = current_schema()
				  and c.relname <> 'flyway_schema_history'
				group by n.nspname, c.relname order by c.relname""")) {
			while (rs.next()) {
				tables.add(new Table(rs.getString(1), rs.getString(2)));
			}
		}
		return tables;
	}

	private static String single(Statement statement, String sql) throws SQLException {
		try (ResultSet rs = statement.executeQuery(sql)) {
			return rs.next() ? rs.getString(1) : null;
		}
	}

	private static void text(OutputStream out, String text) throws IOException {
		out.write(text.getBytes(StandardCharsets.UTF_8));
	}

	private record Table(String name, String columns) {
	}

	private static final class CountingOutputStream extends java.io.FilterOutputStream {

		private long count;

		CountingOutputStream(OutputStream out) {
			super(out);
		}

		@Override
		public void write(int b) throws IOException {
			this.out.write(b);
			this.count++;
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			this.out.write(b, off, len);
			this.count += len;
		}

	}

}
