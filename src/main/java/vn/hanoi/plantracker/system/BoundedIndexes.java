package vn.hanoi.plantracker.system;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.beans.PropertyValue;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.InitBinderDataBinderFactory;
import org.springframework.web.method.support.InvocableHandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;
import org.springframework.web.servlet.support.ExtendedServletRequestDataBinder;

/**
 * A form field with a list index at or past the binder's auto-grow limit
 * ({@code lines[256]} and up, or an index too large to be a number) would make Spring's
 * binder throw, and the user see a 500. Such fields are dropped before binding and the
 * form gets an error ({@code input.indexOutOfRange}): the controller shows the form again
 * with the rest of the typed text, as for any invalid value. No form of the app has that
 * many rows. Any other index the binder cannot use is the same error (the fields before
 * it are bound).
 */
@Component
class BoundedIndexes implements WebMvcRegistrations {

	static final String ERROR_CODE = "input.indexOutOfRange";

	private static final Pattern INDEX = Pattern.compile("\\[([^\\]]*)\\]");

	@Override
	public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
		return new RequestMappingHandlerAdapter() {

			@Override
			protected InitBinderDataBinderFactory createDataBinderFactory(List<InvocableHandlerMethod> binderMethods) {
				return new ServletRequestDataBinderFactory(binderMethods, getWebBindingInitializer()) {

					@Override
					protected ServletRequestDataBinder createBinderInstance(Object target, String objectName,
							NativeWebRequest request) {
						return new Binder(target, objectName);
					}

				};
			}

		};
	}

	/** Whether a field name holds a list index at or past the limit. */
	static boolean outOfRange(String field, int limit) {
		Matcher index = INDEX.matcher(field);
		while (index.find()) {
			String value = index.group(1).strip();
			if (!value.isEmpty() && value.chars().allMatch(Character::isDigit)
					&& (value.length() > 9 || Integer.parseInt(value) >= limit)) {
				return true;
			}
		}
		return false;
	}

	private static boolean drop(MutablePropertyValues values, String property) {
		boolean any = false;
		for (PropertyValue value : values.getPropertyValues()) {
			String name = value.getName();
			if (name.equals(property) || name.startsWith(property + ".") || name.startsWith(property + "[")) {
				values.removePropertyValue(value);
				any = true;
			}
		}
		return any;
	}

	private static final class Binder extends ExtendedServletRequestDataBinder {

		Binder(Object target, String objectName) {
			super(target, objectName);
		}

		@Override
		protected void doBind(MutablePropertyValues values) {
			boolean dropped = false;
			for (PropertyValue value : values.getPropertyValues()) {
				if (outOfRange(value.getName(), getAutoGrowCollectionLimit())) {
					values.removePropertyValue(value);
					dropped = true;
				}
			}
			// any other index the binder cannot use (lines[-1], lines[x] on a list): that
			// field is dropped and the rest bound again
			for (int attempt = 0; attempt < 20; attempt++) {
				try {
					super.doBind(values);
					break;
				}
				catch (InvalidPropertyException ex) {
					if (!drop(values, ex.getPropertyName())) {
						throw ex;
					}
					dropped = true;
				}
			}
			if (dropped) {
				getBindingResult().reject(ERROR_CODE);
			}
		}

	}

}
