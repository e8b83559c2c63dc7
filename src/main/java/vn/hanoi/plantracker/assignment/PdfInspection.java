package vn.hanoi.plantracker.assignment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads a PDF the way a viewer does (Apache PDFBox) and looks at every object in it for
 * content that acts rather than shows: scripts, launch actions, embedded files, forms
 * that submit or import, XFA, rich media, and an open action that is more than "go to a
 * page". Names are compared after PDFBox has decoded them, so {@code /#4A#61vaScript} is
 * {@code /JavaScript}; objects packed in compressed object streams are read like any
 * other. The parse is bounded (objects, pages, unpacked streams, time) so a hostile file
 * costs at most seconds, not the server's memory.
 */
final class PdfInspection {

	/** What the inspection found. */
	enum Verdict {

		CLEAN, ACTIVE_CONTENT, UNREADABLE, TOO_COMPLEX

	}

	static final int MAX_OBJECTS = 200_000;

	static final int MAX_PAGES = 5_000;

	/** All compressed streams of one file together may unpack to at most this much. */
	static final long MAX_UNPACKED_BYTES = 256L * 1024 * 1024;

	static final Duration MAX_TIME = Duration.ofSeconds(10);

	/** The parse itself may hold at most this much besides the file. */
	private static final long MAX_PARSE_MEMORY = 64L * 1024 * 1024;

	/** Keys that only active content has. */
	private static final Set<COSName> ACTIVE_KEYS = Set.of(COSName.JS, COSName.JAVA_SCRIPT, COSName.EMBEDDED_FILES,
			COSName.EF, COSName.getPDFName("XFA"), COSName.getPDFName("RichMediaContent"),
			COSName.getPDFName("RichMediaSettings"));

	/** Names (action types, subtypes, types) that only active content has. */
	private static final Set<COSName> ACTIVE_NAMES = Set.of(COSName.JAVA_SCRIPT, COSName.getPDFName("Launch"),
			COSName.EMBEDDED_FILE, COSName.getPDFName("SubmitForm"), COSName.getPDFName("ImportData"),
			COSName.getPDFName("GoToE"), COSName.getPDFName("RichMedia"), COSName.getPDFName("RichMediaExecute"),
			COSName.getPDFName("FileAttachment"), COSName.getPDFName("XFA"));

	/** A PDF name token: a slash and the regular characters after it. */
	private static final Pattern NAME_TOKEN = Pattern.compile("/([^\\s/<>\\[\\]()%{}]+)");

	private final long deadline;

	private final Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());

	private PdfInspection() {
		this.deadline = System.nanoTime() + MAX_TIME.toNanos();
	}

	static Verdict inspect(byte[] content) {
		if (!PdfStreams.unpacksWithin(content, MAX_UNPACKED_BYTES)) {
			return Verdict.TOO_COMPLEX;
		}
		try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(content), "", null, null,
				MemoryUsageSetting.setupMainMemoryOnly(MAX_PARSE_MEMORY).streamCache)) {
			// active content first: it is the answer whatever else is wrong with the file
			Verdict verdict = new PdfInspection().walk(document.getDocument());
			if (verdict == Verdict.CLEAN && document.getNumberOfPages() > MAX_PAGES) {
				return Verdict.TOO_COMPLEX;
			}
			return verdict;
		}
		catch (InvalidPasswordException ex) {
			// a file that needs a password to open cannot be checked, nor read by the
			// reviewer
			return Verdict.UNREADABLE;
		}
		catch (IOException | RuntimeException ex) {
			// PDFBox reports damaged structure with unchecked exceptions too; a file it
			// cannot read is refused either way, and named for its scripts if it has any
			return mentionsActiveName(content) ? Verdict.ACTIVE_CONTENT : Verdict.UNREADABLE;
		}
		catch (StackOverflowError ex) {
			return Verdict.TOO_COMPLEX;
		}
	}

	private Verdict walk(COSDocument document) throws IOException {
		Map<COSObjectKey, Long> xref = document.getXrefTable();
		if (xref.size() > MAX_OBJECTS) {
			return Verdict.TOO_COMPLEX;
		}
		// every object the cross-reference lists (those packed in object streams
		// included), whether or not anything refers to it, and all that the trailer
		// reaches
		Deque<COSBase> pending = new ArrayDeque<>();
		pending.push(document.getTrailer());
		for (COSObjectKey key : new ArrayList<>(xref.keySet())) {
			COSObject object = document.getObjectFromPool(key);
			if (object != null) {
				pending.push(object);
			}
			Verdict verdict = drain(pending);
			if (verdict != Verdict.CLEAN) {
				return verdict;
			}
		}
		return drain(pending);
	}

	/** Visits what is pending and everything it holds or refers to, once each. */
	private Verdict drain(Deque<COSBase> pending) throws IOException {
		while (!pending.isEmpty()) {
			if (System.nanoTime() > this.deadline || this.seen.size() > MAX_OBJECTS * 4) {
				return Verdict.TOO_COMPLEX;
			}
			COSBase item = pending.pop();
			if (item instanceof COSObject reference) {
				item = reference.getObject();
			}
			if (!(item instanceof COSArray || item instanceof COSDictionary || item instanceof COSName)
					|| !this.seen.add(item)) {
				// numbers, strings and the like hold nothing that acts
				continue;
			}
			if (item instanceof COSName name && ACTIVE_NAMES.contains(name)) {
				return Verdict.ACTIVE_CONTENT;
			}
			if (item instanceof COSArray array) {
				for (int i = array.size() - 1; i >= 0; i--) {
					pending.push(array.get(i));
				}
			}
			if (item instanceof COSDictionary dictionary) {
				Verdict verdict = dictionary(dictionary, pending);
				if (verdict != Verdict.CLEAN) {
					return verdict;
				}
			}
		}
		return Verdict.CLEAN;
	}

	private Verdict dictionary(COSDictionary dictionary, Deque<COSBase> pending) throws IOException {
		for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
			if (ACTIVE_KEYS.contains(entry.getKey())) {
				return Verdict.ACTIVE_CONTENT;
			}
			pending.push(entry.getValue());
		}
		// an open action may be a destination (an array) or a "go to" action; any other
		// action runs when the file opens
		COSBase open = dictionary.getDictionaryObject(COSName.OPEN_ACTION);
		if (open instanceof COSDictionary action && !COSName.getPDFName("GoTo").equals(action.getCOSName(COSName.S))) {
			return Verdict.ACTIVE_CONTENT;
		}
		return Verdict.CLEAN;
	}

	/**
	 * Whether any name token of a file PDFBox could not read, decoded as a reader would
	 * ({@code #4A} is {@code J}), is one that only active content has.
	 */
	static boolean mentionsActiveName(byte[] content) {
		Matcher names = NAME_TOKEN.matcher(new String(content, StandardCharsets.ISO_8859_1));
		while (names.find()) {
			COSName name = COSName.getPDFName(decodeName(names.group(1)));
			if (ACTIVE_KEYS.contains(name) || ACTIVE_NAMES.contains(name)) {
				return true;
			}
		}
		return false;
	}

	private static String decodeName(String raw) {
		StringBuilder decoded = new StringBuilder();
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c == '#' && i + 2 < raw.length() && HexFormat.isHexDigit(raw.charAt(i + 1))
					&& HexFormat.isHexDigit(raw.charAt(i + 2))) {
				decoded.append((char) HexFormat.fromHexDigits(raw, i + 1, i + 3));
				i += 2;
			}
			else {
				decoded.append(c);
			}
		}
		return decoded.toString();
	}

}
