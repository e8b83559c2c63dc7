package vn.hanoi.plantracker.plan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

import vn.hanoi.plantracker.system.OfficeDocuments;

/**
 * The checks an uploaded annex passes before POI opens it: an .xlsx or a .docx by name
 * and by content (Tika), at most {@link #MAX_BYTES}, unpacking to at most
 * {@link #MAX_UNPACKED_BYTES} in at most {@link #MAX_ENTRIES} parts (counted as it really
 * unpacks), and passing the one check of office files every upload passes
 * ({@link OfficeDocuments}): a workbook or document part, no macros, no hidden parts.
 */
final class AnnexFile {

	static final long MAX_BYTES = 5L * 1024 * 1024;

	static final long MAX_UNPACKED_BYTES = 50L * 1024 * 1024;

	static final int MAX_ENTRIES = 2000;

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private static final Tika TIKA = new Tika();

	private AnnexFile() {
	}

	static void check(String name, byte[] content) {
		if (content == null || content.length == 0) {
			throw new PlanImportException("plans.import.file.empty");
		}
		if (content.length > MAX_BYTES) {
			throw new PlanImportException("plans.import.file.tooLarge", MAX_BYTES / (1024 * 1024));
		}
		String lower = (name != null) ? name.toLowerCase(Locale.ROOT).strip() : "";
		OfficeDocuments.Verdict verdict;
		try {
			String extension = extension(lower);
			if (extension == null || !(extension.equals("xlsx") ? XLSX : DOCX).equals(detect(content, lower))) {
				throw new PlanImportException(
						(extension != null && OfficeDocuments.passwordProtected(extension, content))
								? "plans.import.file.passwordProtected" : "plans.import.file.wrongType");
			}
			verdict = OfficeDocuments.inspect(extension, content, MAX_UNPACKED_BYTES, MAX_ENTRIES);
		}
		catch (IOException ex) {
			throw new PlanImportException("plans.import.file.unreadable");
		}
		switch (verdict) {
			case CLEAN -> {
			}
			case ACTIVE_CONTENT -> throw new PlanImportException("plans.import.file.activeContent");
			case WRONG_TYPE -> throw new PlanImportException("plans.import.file.wrongType");
			case BAD_ARCHIVE -> throw new PlanImportException("plans.import.file.badArchive");
			case PASSWORD_PROTECTED -> throw new PlanImportException("plans.import.file.passwordProtected");
			case TOO_LARGE -> throw new PlanImportException("plans.import.file.unpackedTooLarge",
					MAX_UNPACKED_BYTES / (1024 * 1024), MAX_ENTRIES);
		}
	}

	/**
	 * The table's rows of a file that passed {@link #check}: the reader of its kind, the
	 * same lines for the importer.
	 */
	static List<AnnexSheet.Line> lines(String name, byte[] content) {
		String lower = (name != null) ? name.toLowerCase(Locale.ROOT).strip() : "";
		return "docx".equals(extension(lower)) ? AnnexDocument.read(content) : AnnexSheet.read(content);
	}

	private static String extension(String lowerName) {
		if (lowerName.endsWith(".xlsx")) {
			return "xlsx";
		}
		return lowerName.endsWith(".docx") ? "docx" : null;
	}

	private static String detect(byte[] content, String name) throws IOException {
		Metadata metadata = new Metadata();
		metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
		try (InputStream in = TikaInputStream.get(new ByteArrayInputStream(content))) {
			return TIKA.getDetector().detect(in, metadata).getBaseType().toString();
		}
	}

}
