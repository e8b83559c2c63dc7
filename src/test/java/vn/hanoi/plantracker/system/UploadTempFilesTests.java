package vn.hanoi.plantracker.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class UploadTempFilesTests {

	@TempDir
	Path dir;

	@Test
	void partsLeftByAKilledRunAreDeletedAtStartButUploadsInProgressAreKept() throws Exception {
		Path uploads = this.dir.resolve("uploads");
		Files.createDirectories(uploads);
		Path leftOver = Files.write(uploads.resolve("upload_left_over.tmp"), new byte[10]);
		Files.setLastModifiedTime(leftOver,
				FileTime.from(Instant.now().minus(UploadTempFiles.LEFT_OVER_AFTER).minusSeconds(60)));
		Path inProgress = Files.write(uploads.resolve("upload_in_progress.tmp"), new byte[10]);
		new UploadTempFiles(uploads.toString());
		assertThat(leftOver).doesNotExist();
		assertThat(inProgress).exists();
	}

	@Test
	void theDirectoryIsCreatedWhenMissing() {
		Path uploads = this.dir.resolve("new/uploads");
		new UploadTempFiles(uploads.toString());
		assertThat(uploads).isDirectory();
	}

}
