package vn.hanoi.plantracker.report;

import java.io.IOException;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The escaping of the streamed annex rows: what XML 1.0 can carry is kept (escaped where
 * it is markup), what it cannot is replaced by "?", as POI wrote it before.
 */
class AnnexTableXmlTests {

	@Test
	void markupIsEscapedAndQuotesTabsAndVietnameseAreKept() throws IOException {
		assertThat(escaped("Sở <Tư pháp> & \"Công an\" 'TP'\tHà Nội"))
			.isEqualTo("Sở &lt;Tư pháp> &amp; \"Công an\" 'TP'\tHà Nội");
	}

	@Test
	void theEndOfACdataSectionAndACarriageReturnAreWrittenAsReferences() throws IOException {
		assertThat(escaped("a]]>b]>c\r")).isEqualTo("a]]&gt;b]>c&#13;");
	}

	@Test
	void charactersXmlCannotCarryBecomeQuestionMarks() throws IOException {
		assertThat(escaped("x\u0000y\u0001z\u001F\uFFFE\uFFFF")).isEqualTo("x?y?z???");
		// a lone surrogate (high or low) is not a character; a pair is one and is kept
		assertThat(escaped("\uD800a\uDC00b\uD83D\uDE00")).isEqualTo("?a?b\uD83D\uDE00");
		assertThat(escaped("end\uD83D")).isEqualTo("end?");
	}

	private static String escaped(String text) throws IOException {
		StringWriter out = new StringWriter();
		AnnexTableXml.escape(text, out);
		return out.toString();
	}

}
