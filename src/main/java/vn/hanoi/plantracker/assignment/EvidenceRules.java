package vn.hanoi.plantracker.assignment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.tika.Tika;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * The rules for evidence files: PDF, DOCX, XLSX, ODT, JPG or PNG, judged by content and
 * not only by name; at most 10 MB each and 5 per update; never empty. A file breaking a
 * rule is refused with a message key and its arguments; the caller then saves nothing.
 */
@Component
public class EvidenceRules {

	public static final long MAX_BYTES = 10L * 1024 * 1024;

	public static final int MAX_FILES = 5;

	/** Allowed extension → the type its content must have. */
	private static final Map<String, String> ALLOWED = Map.of("pdf", "application/pdf", "docx",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "xlsx",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "odt",
			"application/vnd.oasis.opendocument.text", "jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png");

	/**
	 * A part every genuine file of this kind has; plain ZIPs renamed to .docx are
	 * refused.
	 */
	private static final Map<String, String> REQUIRED_ZIP_ENTRY = Map.of("docx", "word/document.xml", "xlsx",
			"xl/workbook.xml", "odt", "content.xml");

	private final Tika tika = new Tika();

	/** A refused file: message key and arguments, for the field's error. */
	public record Refusal(String code, Object[] args) {

	}

	/**
	 * Checks the files of one update; returns the refusals, or an empty list and fills
	 * {@code accepted}.
	 */
	public List<Refusal> check(List<MultipartFile> files, List<CheckedUpload> accepted) {
		List<Refusal> refusals = new ArrayList<>();
		List<MultipartFile> chosen = (files != null) ? files.stream().filter((f) -> !isUnchosen(f)).toList()
				: List.of();
		if (chosen.size() > MAX_FILES) {
			refusals.add(new Refusal("evidence.tooMany", new Object[] { MAX_FILES }));
			return refusals;
		}
		for (MultipartFile file : chosen) {
			String name = safeName(file.getOriginalFilename());
			try {
				refusals.addAll(checkOne(file, name, accepted));
			}
			catch (IOException ex) {
				refusals.add(new Refusal("evidence.unreadable", new Object[] { name }));
			}
		}
		return refusals;
	}

	private List<Refusal> checkOne(MultipartFile file, String name, List<CheckedUpload> accepted) throws IOException {
		if (file.isEmpty()) {
			return List.of(new Refusal("evidence.empty", new Object[] { name }));
		}
		if (file.getSize() > MAX_BYTES) {
			return List.of(new Refusal("evidence.tooLarge", new Object[] { name, MAX_BYTES / (1024 * 1024) }));
		}
		String extension = extension(name);
		String expected = ALLOWED.get(extension);
		byte[] content = file.getBytes();
		if (expected == null || !expected.equals(detect(content, name)) || !hasRequiredEntry(extension, content)) {
			return List.of(new Refusal("evidence.wrongType", new Object[] { name }));
		}
		accepted.add(new CheckedUpload(name, expected, content, sha256(content)));
		return List.of();
	}

	private String detect(byte[] content, String name) throws IOException {
		Metadata metadata = new Metadata();
		metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
		try (InputStream in = new ByteArrayInputStream(content)) {
			return this.tika.getDetector()
				.detect(org.apache.tika.io.TikaInputStream.get(in), metadata)
				.getBaseType()
				.toString();
		}
	}

	private static boolean hasRequiredEntry(String extension, byte[] content) throws IOException {
		String required = REQUIRED_ZIP_ENTRY.get(extension);
		if (required == null) {
			return true;
		}
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (required.equals(entry.getName())) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean isUnchosen(MultipartFile file) {
		// a file input left empty still arrives as a part with no name and no bytes
		return file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank());
	}

	/**
	 * The last path segment of the name the browser sent, without control or reserved
	 * characters.
	 */
	public static String safeName(String original) {
		String name = (original != null) ? original : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}<>:\"|?*]", "").strip();
		while (name.startsWith(".")) {
			name = name.substring(1);
		}
		if (name.length() > 200) {
			String extension = extension(name);
			name = name.substring(0, 190) + (extension.isEmpty() ? "" : "." + extension);
		}
		return name.isBlank() ? "evidence" : name;
	}

	private static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return (dot < 0) ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
