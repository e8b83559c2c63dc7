package vn.hanoi.plantracker.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.fileupload.FileItemIterator;
import org.apache.tomcat.util.http.fileupload.FileItemStream;
import org.apache.tomcat.util.http.fileupload.FileUpload;
import org.apache.tomcat.util.http.fileupload.servlet.ServletRequestContext;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An upload over the server's request limit, answered by the application's own form with
 * what the user typed, not by Tomcat's bare 413. Runs before Spring Security: the CSRF
 * filter reads the parameters, which makes Tomcat parse the multipart body and fail on
 * its size before any controller could answer. Instead this reads the body as a stream,
 * keeps the text fields (bounded) and drops the files, and hands the request on as a
 * plain form with those fields and a mark ({@link #refused}); the controller then shows
 * its form with the typed text and says the files were too large. Nothing is stored: the
 * files never reach the application.
 */
public class OversizeUploads extends OncePerRequestFilter {

	static final String REFUSED = OversizeUploads.class.getName() + ".refused";

	/** Text kept from an oversize upload: enough for every form field, bounded. */
	static final int MAX_TEXT_BYTES = 2 * 1024 * 1024;

	static final int MAX_FIELDS = 1000;

	private final long maxRequestBytes;

	public OversizeUploads(long maxRequestBytes) {
		this.maxRequestBytes = maxRequestBytes;
	}

	/** Whether this request was an upload over the limit whose files were dropped. */
	public static boolean refused(ServletRequest request) {
		return Boolean.TRUE.equals(request.getAttribute(REFUSED));
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return !"POST".equals(request.getMethod()) || type == null
				|| !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")
				|| request.getContentLengthLong() <= this.maxRequestBytes;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		try {
			FileItemIterator items = new FileUpload().getItemIterator(new ServletRequestContext(request));
			long textBytes = 0;
			while (items.hasNext()) {
				FileItemStream item = items.next();
				try (InputStream in = item.openStream()) {
					if (item.isFormField() && fields.size() < MAX_FIELDS && textBytes < MAX_TEXT_BYTES) {
						byte[] value = in.readNBytes((int) (MAX_TEXT_BYTES - textBytes));
						textBytes += value.length;
						fields.computeIfAbsent(item.getFieldName(), (name) -> new ArrayList<>())
							.add(new String(value, StandardCharsets.UTF_8));
					}
					in.transferTo(OutputStream.nullOutputStream());
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// a broken or cut-off body: what was read so far is all there is
			logger.debug("Oversize upload read partly: " + ex.getMessage());
		}
		HttpServletRequest form = new FieldsOnly(request, fields);
		form.setAttribute(REFUSED, Boolean.TRUE);
		chain.doFilter(form, response);
	}

	/** The request as a plain form: the query string and the text fields, no body. */
	private static final class FieldsOnly extends HttpServletRequestWrapper {

		private final Map<String, String[]> parameters = new LinkedHashMap<>();

		FieldsOnly(HttpServletRequest request, Map<String, List<String>> fields) {
			super(request);
			if (request.getQueryString() != null) {
				for (String pair : request.getQueryString().split("&")) {
					int eq = pair.indexOf('=');
					String name = decode(eq < 0 ? pair : pair.substring(0, eq));
					String value = (eq < 0) ? "" : decode(pair.substring(eq + 1));
					fields.computeIfAbsent(name, (n) -> new ArrayList<>()).add(0, value);
				}
			}
			fields.forEach((name, values) -> this.parameters.put(name, values.toArray(String[]::new)));
		}

		private static String decode(String value) {
			try {
				return java.net.URLDecoder.decode(value, StandardCharsets.UTF_8);
			}
			catch (IllegalArgumentException ex) {
				return value;
			}
		}

		@Override
		public String getContentType() {
			return "application/x-www-form-urlencoded;charset=UTF-8";
		}

		@Override
		public String getHeader(String name) {
			return "content-type".equalsIgnoreCase(name) ? getContentType() : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return "content-type".equalsIgnoreCase(name) ? Collections.enumeration(List.of(getContentType()))
					: super.getHeaders(name);
		}

		@Override
		public long getContentLengthLong() {
			return 0;
		}

		@Override
		public int getContentLength() {
			return 0;
		}

		@Override
		public ServletInputStream getInputStream() {
			return new ServletInputStream() {

				@Override
				public int read() {
					return -1;
				}

				@Override
				public boolean isFinished() {
					return true;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException();
				}

			};
		}

		@Override
		public String getParameter(String name) {
			String[] values = this.parameters.get(name);
			return (values == null || values.length == 0) ? null : values[0];
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Collections.unmodifiableMap(this.parameters);
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(this.parameters.keySet());
		}

		@Override
		public String[] getParameterValues(String name) {
			return this.parameters.get(name);
		}

	}

}
