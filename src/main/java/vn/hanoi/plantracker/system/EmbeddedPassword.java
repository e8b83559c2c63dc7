package vn.hanoi.plantracker.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;

/**
 * The embedded PostgreSQL's superuser password: made with SecureRandom, kept owner-only
 * in the data directory, and asked of every connection by Plan Tracker's
 * {@code pg_hba.conf}. The password is never logged.
 */
final class EmbeddedPassword {

	/** The superuser's password, in the data directory (copied with it). */
	static final String FILE = "plantracker-password";

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private static final String PASSWORD_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

	private static final int PASSWORD_LENGTH = 40;

	private static final SecureRandom RANDOM = new SecureRandom();

	/** Every connection, over TCP or the Unix socket, must give the password. */
	static final String PG_HBA = """
			# Written by Plan Tracker: every connection needs the password in plantracker-password.
			# TYPE  DATABASE        USER            ADDRESS                 METHOD
			local   all             all                                     scram-sha-256
			host    all             all             127.0.0.1/32            scram-sha-256
			host    all             all             ::1/128                 scram-sha-256
			local   replication     all                                     scram-sha-256
			host    replication     all             127.0.0.1/32            scram-sha-256
			host    replication     all             ::1/128                 scram-sha-256
			""";

	/**
	 * A new file readable and writable by its owner only (0600); on a file system without
	 * POSIX permissions (Windows) the directory's access rules apply.
	 */
	static Path ownerOnlyTempFile(Path dir, String prefix) throws IOException {
		if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			return Files.createTempFile(dir, prefix, ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
		}
		return Files.createTempFile(dir, prefix, ".tmp");
	}

	/**
	 * Writes Plan Tracker's {@code pg_hba.conf} unless it is there already: a start
	 * interrupted during an upgrade, or an edit that opened the server, is undone.
	 */
	static void requireInPgHba(Path dataDir) {
		Path hba = dataDir.resolve("pg_hba.conf");
		try {
			if (!Files.exists(hba) || !Files.readString(hba, StandardCharsets.UTF_8).equals(PG_HBA)) {
				Files.writeString(hba, PG_HBA, StandardCharsets.UTF_8);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write " + hba, ex);
		}
	}

	static String generate() {
		StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
		for (int i = 0; i < PASSWORD_LENGTH; i++) {
			password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
		}
		return password.toString();
	}

	/** Written to a new owner-only file, then moved into place in one step. */
	static void write(Path passwordFile, String password) {
		try {
			Path temp = ownerOnlyTempFile(passwordFile.getParent(), FILE);
			Files.writeString(temp, password + "\n", StandardCharsets.UTF_8);
			Files.move(temp, passwordFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write " + passwordFile, ex);
		}
	}

	static String read(Path passwordFile) throws IOException {
		String password = Files.readString(passwordFile, StandardCharsets.UTF_8).strip();
		if (password.isEmpty()) {
			throw new IllegalStateException(passwordFile + " is empty");
		}
		return password;
	}

	private EmbeddedPassword() {
	}

}
