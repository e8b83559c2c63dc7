package vn.hanoi.plantracker.plan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * The checks an uploaded annex passes before POI opens it: an .xlsx by name and by
 * content (Tika), at most {@link #MAX_BYTES}, unpacking to at most
 * {@link #MAX_UNPACKED_BYTES} in at most {@link #MAX_ENTRIES} parts (counted as it really
 * unpacks), with a workbook part and no macros.
 */
final class AnnexFile {

	static final long MAX_BYTES = 5L * 1024 * 1024;

	static final long MAX_UNPACKED_BYTES = 50L * 1024 * 1024;

	static final int MAX_ENTRIES = 2000;

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

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
		try {
			if (!lower.endsWith(".xlsx") || !XLSX.equals(detect(content, lower)) || !isWorkbookArchive(content)) {
				throw new PlanImportException("plans.import.file.wrongType");
			}
		}
		catch (IOException ex) {
			throw new PlanImportException("plans.import.file.unreadable");
		}
	}

	private static String detect(byte[] content, String name) throws IOException {
		Metadata metadata = new Metadata();
		metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
		try (InputStream in = TikaInputStream.get(new ByteArrayInputStream(content))) {
			return TIKA.getDetector().detect(in, metadata).getBaseType().toString();
		}
	}

	private static boolean isWorkbookArchive(byte[] content) throws IOException {
		boolean workbook = false;
		long unpacked = 0;
		int entries = 0;
		byte[] buffer = new byte[64 * 1024];
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				String part = entry.getName().toLowerCase(Locale.ROOT);
				if (++entries > MAX_ENTRIES || part.endsWith("vbaproject.bin") || part.contains("activex")) {
					return false;
				}
				workbook |= "xl/workbook.xml".equals(part);
				for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
					unpacked += n;
					if (unpacked > MAX_UNPACKED_BYTES) {
						throw new PlanImportException("plans.import.file.tooLarge", MAX_BYTES / (1024 * 1024));
					}
				}
			}
		}
		return workbook;
	}

}
