package vn.hanoi.plantracker.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Uploads are spooled to one known directory ({@code spring.servlet.multipart.location})
 * rather than a fresh Tomcat directory per run, so that the parts of a run killed
 * mid-upload (kill -9, power loss) do not pile up: each start creates the directory and
 * deletes what is older than an hour there (younger files may be another node's uploads
 * in progress on the same machine).
 */
@Component
class UploadTempFiles {

	private static final Logger log = LoggerFactory.getLogger(UploadTempFiles.class);

	static final Duration LEFT_OVER_AFTER = Duration.ofHours(1);

	UploadTempFiles(@Value("${spring.servlet.multipart.location:}") String location) {
		if (!location.isBlank()) {
			clean(Path.of(location), Instant.now().minus(LEFT_OVER_AFTER));
		}
	}

	static int clean(Path dir, Instant olderThan) {
		try {
			Files.createDirectories(dir);
			int deleted = 0;
			try (Stream<Path> files = Files.list(dir)) {
				for (Path file : (Iterable<Path>) files::iterator) {
					if (Files.isRegularFile(file) && Files.getLastModifiedTime(file).toInstant().isBefore(olderThan)
							&& Files.deleteIfExists(file)) {
						deleted++;
					}
				}
			}
			if (deleted > 0) {
				log.info("Deleted {} upload part(s) left in {} by an earlier run", deleted, dir);
			}
			return deleted;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not prepare the upload directory " + dir, ex);
		}
	}

}
