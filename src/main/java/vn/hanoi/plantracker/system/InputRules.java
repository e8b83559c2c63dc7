package vn.hanoi.plantracker.system;

import java.beans.PropertyEditorSupport;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Rules every request value obeys, whatever form or parameter carries it, so that no
 * controller has to remember them: text with control characters (NUL and the like; tab
 * and line breaks are fine) is refused, and a date must lie between 2000 and 2100. A
 * refused value is a binding error ("typeMismatch", with a message in the user's
 * language) on a form field and a 400 on a query parameter; it never reaches a service or
 * the database.
 */
@ControllerAdvice
public class InputRules {

	static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

	@InitBinder
	void rules(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new PlainText());
		binder.registerCustomEditor(LocalDate.class, new SaneDate());
	}

	/** Whether the text holds a control character other than tab, line feed or return. */
	public static boolean hasControlCharacters(String text) {
		return text != null && text.codePoints().anyMatch(InputRules::forbidden);
	}

	private static boolean forbidden(int cp) {
		return Character.getType(cp) == Character.CONTROL && cp != '\t' && cp != '\n' && cp != '\r';
	}

	private static final class PlainText extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			if (hasControlCharacters(text)) {
				throw new IllegalArgumentException("Control characters are not allowed");
			}
			setValue(text);
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return (value != null) ? value.toString() : "";
		}

	}

	private static final class SaneDate extends PropertyEditorSupport {

		/**
		 * A repeated parameter counts by its first value, as Spring's own conversion
		 * does.
		 */
		@Override
		public void setValue(Object value) {
			if (value instanceof String[] values) {
				setAsText((values.length > 0) ? values[0] : null);
			}
			else {
				super.setValue(value);
			}
		}

		@Override
		public void setAsText(String text) {
			if (text == null || text.isBlank()) {
				setValue(null);
				return;
			}
			try {
				LocalDate date = LocalDate.parse(text.strip());
				if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
					throw new IllegalArgumentException("Date out of range: " + date);
				}
				setValue(date);
			}
			catch (DateTimeParseException ex) {
				throw new IllegalArgumentException("Not an ISO date", ex);
			}
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return (value != null) ? value.toString() : "";
		}

	}

}
