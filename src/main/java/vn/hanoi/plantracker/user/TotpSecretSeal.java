package vn.hanoi.plantracker.user;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * TOTP secrets are stored sealed with AES-256-GCM: {@code v1:} and the Base64 of a random
 * 96-bit nonce followed by the ciphertext and tag, bound to the account's id (a sealed
 * secret copied onto another account does not open). The key comes from
 * {@code PLANTRACKER_TOTP_KEY} (Base64 of 32 random bytes, the same on every node);
 * {@code PLANTRACKER_TOTP_OLD_KEY} still opens what the previous key sealed, and
 * {@link SealedTotpSecrets} re-seals it at start (rotation). Without a key, as in the
 * embedded demo, one is generated once into an owner-only file: inside the embedded
 * database's data directory (as its password is), or {@code plantracker.totp.key-file}.
 */
@Component
class TotpSecretSeal {

	static final String PREFIX = "v1:";

	static final String KEY_FILE = "plantracker-totp-key";

	private static final Logger log = LoggerFactory.getLogger(TotpSecretSeal.class);

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final String configuredKey;

	private final String oldKey;

	private final Path keyFile;

	private volatile SecretKey key;

	TotpSecretSeal(@Value("${plantracker.totp.key:}") String configuredKey,
			@Value("${plantracker.totp.old-key:}") String oldKey,
			@Value("${plantracker.totp.key-file:}") String keyFile,
			@Value("${spring.datasource.url:}") String datasourceUrl,
			@Value("${plantracker.embedded-db.dir:data/postgres}") String embeddedDir) {
		this.configuredKey = configuredKey.strip();
		this.oldKey = oldKey.strip();
		if (!keyFile.isBlank()) {
			this.keyFile = Path.of(keyFile).toAbsolutePath();
		}
		else {
			// the embedded database keeps its own secret in its data directory; a
			// configured one has no directory of ours, so the key sits beside the app
			this.keyFile = (datasourceUrl.isBlank() ? Path.of(embeddedDir) : Path.of("data")).resolve(KEY_FILE)
				.toAbsolutePath();
		}
	}

	/** Whether the key was given by the environment rather than kept in a local file. */
	boolean keyFromEnvironment() {
		return !this.configuredKey.isEmpty();
	}

	/** Where the key is kept when the environment gives none. */
	Path keyFile() {
		return this.keyFile;
	}

	static boolean isSealed(String stored) {
		return stored != null && stored.startsWith(PREFIX);
	}

	String seal(String secret, long userId) {
		byte[] nonce = new byte[NONCE_BYTES];
		RANDOM.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(aad(userId));
			byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.US_ASCII));
			return PREFIX + Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is part of every Java runtime", ex);
		}
	}

	/**
	 * The clear secret; a secret stored before sealing (not yet migrated) is returned as
	 * it is. Empty when neither the key nor the old key opens it.
	 */
	Optional<String> open(String stored, long userId) {
		if (stored == null) {
			return Optional.empty();
		}
		if (!isSealed(stored)) {
			return Optional.of(stored);
		}
		Optional<String> opened = open(stored, userId, key());
		return (opened.isPresent() || this.oldKey.isEmpty()) ? opened
				: open(stored, userId, decode(this.oldKey, "PLANTRACKER_TOTP_OLD_KEY"));
	}

	/** Whether the current key (not only the old one) opens this sealed secret. */
	boolean opensWithCurrentKey(String stored, long userId) {
		return isSealed(stored) && open(stored, userId, key()).isPresent();
	}

	private static Optional<String> open(String stored, long userId, SecretKey key) {
		try {
			byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
			if (all.length <= NONCE_BYTES) {
				return Optional.empty();
			}
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
			cipher.updateAAD(aad(userId));
			return Optional
				.of(new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.US_ASCII));
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static byte[] aad(long userId) {
		return ("plantracker totp " + userId).getBytes(StandardCharsets.US_ASCII);
	}

	private SecretKey key() {
		SecretKey current = this.key;
		if (current == null) {
			synchronized (this) {
				if (this.key == null) {
					this.key = keyFromEnvironment() ? decode(this.configuredKey, "PLANTRACKER_TOTP_KEY") : fileKey();
				}
				current = this.key;
			}
		}
		return current;
	}

	static SecretKey decode(String base64, String name) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(base64);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(name + " is not Base64: generate one with `openssl rand -base64 32`");
		}
		if (bytes.length != 32) {
			throw new IllegalStateException(
					name + " must be 32 bytes (Base64 of 44 characters): generate one with `openssl rand -base64 32`");
		}
		return new SecretKeySpec(bytes, "AES");
	}

	/** Read from the local key file, which is made once (owner-only) when missing. */
	private SecretKey fileKey() {
		try {
			if (!Files.exists(this.keyFile)) {
				Files.createDirectories(this.keyFile.getParent());
				byte[] bytes = new byte[32];
				RANDOM.nextBytes(bytes);
				Path temp = this.keyFile.getFileSystem().supportedFileAttributeViews().contains("posix")
						? Files.createTempFile(this.keyFile.getParent(), KEY_FILE, ".tmp",
								PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
						: Files.createTempFile(this.keyFile.getParent(), KEY_FILE, ".tmp");
				Files.writeString(temp, Base64.getEncoder().encodeToString(bytes) + "\n", StandardCharsets.US_ASCII);
				try {
					// a link is made whole or not at all, and never over an existing
					// file:
					// of two nodes starting at once, the first key written stays
					Files.createLink(this.keyFile, temp);
				}
				catch (FileAlreadyExistsException ex) {
					// the other one's
				}
				finally {
					Files.deleteIfExists(temp);
				}
				log.warn("No PLANTRACKER_TOTP_KEY: generated a key for second-factor secrets in {}; in production "
						+ "set PLANTRACKER_TOTP_KEY (the same on every node) instead", this.keyFile);
			}
			return decode(Files.readString(this.keyFile, StandardCharsets.US_ASCII).strip(), this.keyFile.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read or create " + this.keyFile, ex);
		}
	}

}
