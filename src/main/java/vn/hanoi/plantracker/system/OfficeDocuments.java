package vn.hanoi.plantracker.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The one check of the office files users upload (.docx, .xlsx, .odt, .ods), for evidence
 * and plan annexes alike. The file must unpack, as it really unpacks and not as it
 * declares, within the caller's limits; hold the part every genuine file of its kind has;
 * contain no part that is a program or a foreign embedded object by its own first bytes;
 * and declare nothing that runs code; and not be encrypted with a password (its parts
 * could not be checked): Office Open XML by its content types and relationships
 * ({@link OfficeInspection}), OpenDocument by its manifest and its XML
 * ({@link OpenDocumentInspection}). The ZIP's directory and its entries must agree, so
 * nothing is hidden from this check and shown to the office program.
 */
public final class OfficeDocuments {

	/** What the check found; each caller words it for its own page. */
	public enum Verdict {

		CLEAN, ACTIVE_CONTENT, WRONG_TYPE, BAD_ARCHIVE, TOO_LARGE,

		/** Encrypted with a password: its parts cannot be read, so cannot be checked. */
		PASSWORD_PROTECTED

	}

	/** A part every genuine file of the kind has: a plain ZIP renamed is refused. */
	private static final Map<String, String> REQUIRED_PART = Map.of("docx", "word/document.xml", "xlsx",
			"xl/workbook.xml", "odt", "content.xml", "ods", "content.xml");

	/**
	 * First bytes of programs (Windows, Linux, macOS, Java) and of OLE compound files,
	 * the wrapping of foreign embedded objects that can carry a program.
	 */
	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	private static final List<byte[]> PROGRAM_SIGNATURES = List.of(new byte[] { 'M', 'Z' },
			new byte[] { 0x7F, 'E', 'L', 'F' }, new byte[] { (byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE },
			new byte[] { (byte) 0xCF, (byte) 0xFA, (byte) 0xED, (byte) 0xFE },
			new byte[] { (byte) 0xFE, (byte) 0xED, (byte) 0xFA, (byte) 0xCE }, OLE2);

	private OfficeDocuments() {
	}

	/**
	 * Whether files of this extension (lower case, no dot) are office files judged here.
	 */
	public static boolean handles(String extension) {
		return REQUIRED_PART.containsKey(extension);
	}

	/**
	 * Whether {@code content}, named as an office file of this extension, is one saved
	 * with a password that its own type check cannot recognise: Office encrypts a .docx
	 * or .xlsx into an OLE2 compound file holding {@code EncryptionInfo} and
	 * {@code EncryptedPackage} (MS-OFFCRYPTO), no longer a ZIP. (An OpenDocument file
	 * stays a ZIP and is recognised by {@link #inspect}.) Callers ask this before
	 * refusing the file as of the wrong type, so that the user learns what to do.
	 */
	public static boolean passwordProtected(String extension, byte[] content) {
		if (!handles(extension) || content == null || content.length < OLE2.length
				|| !Arrays.equals(content, 0, OLE2.length, OLE2, 0, OLE2.length)) {
			return false;
		}
		try (POIFSFileSystem ole = new POIFSFileSystem(new ByteArrayInputStream(content))) {
			DirectoryNode root = ole.getRoot();
			return root.hasEntry("EncryptionInfo") && root.hasEntry("EncryptedPackage");
		}
		catch (IOException | RuntimeException ex) {
			// not a compound file POI can read: of the wrong type, as the caller says
			return false;
		}
	}

	/**
	 * Judges {@code content}, a file whose name ends in {@code extension}; at most
	 * {@code maxUnpackedBytes} unpacked in at most {@code maxEntries} parts.
	 * @throws IOException if the file is not a ZIP that can be read
	 */
	public static Verdict inspect(String extension, byte[] content, long maxUnpackedBytes, int maxEntries)
			throws IOException {
		if (!handles(extension)) {
			return Verdict.WRONG_TYPE;
		}
		if (passwordProtected(extension, content)) {
			return Verdict.PASSWORD_PROTECTED;
		}
		boolean required = false;
		long unpacked = 0;
		int entries = 0;
		List<String> names = new ArrayList<>();
		byte[] buffer = new byte[64 * 1024];
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (++entries > maxEntries) {
					return Verdict.TOO_LARGE;
				}
				names.add(entry.getName());
				String part = entry.getName().toLowerCase(Locale.ROOT);
				if (part.endsWith("vbaproject.bin") || part.startsWith("basic/") || part.startsWith("scripts/")
						|| part.contains("activex")) {
					return Verdict.ACTIVE_CONTENT;
				}
				required |= REQUIRED_PART.get(extension).equals(entry.getName());
				byte[] head = zip.readNBytes(8);
				if (isProgram(head)) {
					return Verdict.ACTIVE_CONTENT;
				}
				unpacked += head.length;
				for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
					unpacked += n;
					if (unpacked > maxUnpackedBytes) {
						return Verdict.TOO_LARGE;
					}
				}
			}
		}
		if (!required) {
			return Verdict.WRONG_TYPE;
		}
		return OfficeInspection.inspect(extension, content, names);
	}

	private static boolean isProgram(byte[] head) {
		return PROGRAM_SIGNATURES.stream()
			.anyMatch((signature) -> head.length >= signature.length
					&& Arrays.equals(head, 0, signature.length, signature, 0, signature.length));
	}

}
