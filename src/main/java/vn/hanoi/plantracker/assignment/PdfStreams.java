package vn.hanoi.plantracker.assignment;

import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The raw streams of a PDF, read from its bytes before any parser sees them: what its
 * compressed streams unpack to, so that {@link PdfInspection} refuses a bomb instead of
 * reading it.
 */
final class PdfStreams {

	private PdfStreams() {
	}

	/**
	 * How much the file's Flate streams unpack to, counted (not kept) before PDFBox reads
	 * anything, up to {@code limit}: a small stream that inflates to gigabytes is refused
	 * instead of read. Every "stream" keyword is tried, whether or not the structure
	 * around it is intact, since a lenient reader would find it as well.
	 */
	static boolean unpacksWithin(byte[] content, long limit) {
		byte[] keyword = "stream".getBytes(StandardCharsets.US_ASCII);
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		Inflater inflater = new Inflater();
		try {
			for (int at = indexOf(content, keyword, 0); at >= 0; at = indexOf(content, keyword, at + 1)) {
				int start = at + keyword.length;
				if (start < content.length && content[start] == '\r') {
					start++;
				}
				if (start < content.length && content[start] == '\n') {
					start++;
				}
				inflater.reset();
				inflater.setInput(content, start, content.length - start);
				try {
					while (!inflater.finished() && !inflater.needsInput() && !inflater.needsDictionary()) {
						int n = inflater.inflate(buffer);
						total += n;
						if (total > limit) {
							return false;
						}
						if (n == 0 && inflater.needsInput()) {
							break;
						}
					}
				}
				catch (DataFormatException ex) {
					// not a Flate stream (an image, plain text): nothing to count
				}
			}
			return true;
		}
		finally {
			inflater.end();
		}
	}

	private static int indexOf(byte[] content, byte[] keyword, int from) {
		outer: for (int i = from; i <= content.length - keyword.length; i++) {
			for (int j = 0; j < keyword.length; j++) {
				if (content[i + j] != keyword[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
