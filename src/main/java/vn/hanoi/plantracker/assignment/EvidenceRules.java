package vn.hanoi.plantracker.assignment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.tika.Tika;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import vn.hanoi.plantracker.system.OfficeDocuments;

/**
 * The rules for evidence files: PDF, DOCX, XLSX, ODT, ODS, JPG or PNG, judged by content
 * and not only by name; at most 10 MB each and 5 per update; never empty. Active content
 * is found by parsing, never by searching for words: PDFs with PDFBox
 * ({@link PdfInspection}), office files by the one check of office files
 * ({@link OfficeDocuments}), and a file that is also a web page by its own first bytes. A
 * file breaking a rule is refused with a message key and its arguments; the caller then
 * saves nothing.
 */
@Component
public class EvidenceRules {

	public static final long MAX_BYTES = 10L * 1024 * 1024;

	public static final int MAX_FILES = 5;

	/** An office document may unpack to at most this much... */
	static final long MAX_UNPACKED_BYTES = 100L * 1024 * 1024;

	/** ...in at most this many parts: more is a decompression bomb, not a report. */
	static final int MAX_ENTRIES = 10_000;

	/** What a browser would take for a web page, at the start of any file (polyglots). */
	private static final List<String> HTML_MARKERS = List.of("<html", "<script", "<svg", "<!doctype", "<body",
			"<iframe", "<?xml-stylesheet");

	/** Allowed extension → the type its content must have. */
	private static final Map<String, String> ALLOWED = Map.of("pdf", "application/pdf", "docx",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "xlsx",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "odt",
			"application/vnd.oasis.opendocument.text", "ods", "application/vnd.oasis.opendocument.spreadsheet", "jpg",
			"image/jpeg", "jpeg", "image/jpeg", "png", "image/png");

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
			if (file.getOriginalFilename() != null
					&& file.getOriginalFilename().codePoints().anyMatch(Character::isISOControl)) {
				refusals.add(new Refusal("evidence.badName", new Object[] { name }));
				continue;
			}
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
		if (looksLikeAWebPage(content)) {
			// whatever else it is, a browser would run it as a page
			return List.of(new Refusal("evidence.activeContent", new Object[] { name }));
		}
		if (expected == null || !expected.equals(detect(content, name))) {
			return List.of(new Refusal(OfficeDocuments.passwordProtected(extension, content)
					? "evidence.passwordProtected" : "evidence.wrongType", new Object[] { name }));
		}
		if (OfficeDocuments.handles(extension)) {
			Refusal archive = checkArchive(extension, name, content);
			if (archive != null) {
				return List.of(archive);
			}
		}
		if ("pdf".equals(extension)) {
			Refusal pdf = checkPdf(name, content);
			if (pdf != null) {
				return List.of(pdf);
			}
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

	/**
	 * An office file passes the one check of office files ({@link OfficeDocuments}),
	 * within this rule's limits on unpacking.
	 */
	private static Refusal checkArchive(String extension, String name, byte[] content) throws IOException {
		return switch (OfficeDocuments.inspect(extension, content, MAX_UNPACKED_BYTES, MAX_ENTRIES)) {
			case CLEAN -> null;
			case ACTIVE_CONTENT -> new Refusal("evidence.activeContent", new Object[] { name });
			case WRONG_TYPE -> new Refusal("evidence.wrongType", new Object[] { name });
			case BAD_ARCHIVE -> new Refusal("evidence.badArchive", new Object[] { name });
			case PASSWORD_PROTECTED -> new Refusal("evidence.passwordProtected", new Object[] { name });
			case TOO_LARGE -> new Refusal("evidence.unpackedTooLarge", new Object[] { name });
		};
	}

	/**
	 * The first bytes a browser sniffs (and, for a PDF, whatever follows its end marker)
	 * must not read as a web page: an HTML/PDF polyglot is refused by its own signature.
	 */
	private static boolean looksLikeAWebPage(byte[] content) {
		String head = new String(content, 0, Math.min(content.length, 1024), StandardCharsets.ISO_8859_1)
			.toLowerCase(Locale.ROOT);
		if (HTML_MARKERS.stream().anyMatch(head::contains)) {
			return true;
		}
		String text = new String(content, StandardCharsets.ISO_8859_1);
		int end = text.lastIndexOf("%%EOF");
		String tail = (end < 0) ? "" : text.substring(end).toLowerCase(Locale.ROOT);
		return HTML_MARKERS.stream().anyMatch(tail::contains);
	}

	/**
	 * A PDF starts with its signature (only white space may come before it, never markup)
	 * and holds no active content anywhere, as PDFBox reads it.
	 */
	private static Refusal checkPdf(String name, byte[] content) {
		int signature = indexOfSignature(content);
		if (signature < 0) {
			return new Refusal("evidence.wrongType", new Object[] { name });
		}
		return switch (PdfInspection.inspect(content)) {
			case CLEAN -> null;
			case ACTIVE_CONTENT -> new Refusal("evidence.activeContent", new Object[] { name });
			case UNREADABLE -> new Refusal("evidence.pdfUnreadable", new Object[] { name });
			case TOO_COMPLEX -> new Refusal("evidence.tooComplex", new Object[] { name });
		};
	}

	/** Where "%PDF-" starts within the first 1024 bytes after white space only, or -1. */
	private static int indexOfSignature(byte[] content) {
		byte[] signature = "%PDF-".getBytes(StandardCharsets.US_ASCII);
		for (int i = 0; i < Math.min(content.length, 1024); i++) {
			if (i + signature.length <= content.length
					&& Arrays.equals(content, i, i + signature.length, signature, 0, signature.length)) {
				return i;
			}
			if (!Character.isWhitespace(content[i]) && content[i] != 0) {
				return -1;
			}
		}
		return -1;
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
		// right-to-left overrides and other invisible direction marks disguise the
		// extension
		name = name.replaceAll("[\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]", "");
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
