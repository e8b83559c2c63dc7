package vn.hanoi.plantracker.system;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.slf4j.LoggerFactory;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import vn.hanoi.plantracker.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A defect (an exception no handler answered) is logged once, with its stack trace, on a
 * line that carries the request's correlation id: the reference its error page shows.
 * Tomcat's own line for it, which comes after the id is gone, is off.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class DefectLogTests {

	@Test
	void aDefectsLineCarriesTheIdTheErrorPageShows(CapturedOutput output) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/rounds/7/close");
		MockHttpServletResponse response = new MockHttpServletResponse();
		CorrelationIdFilter filter = new CorrelationIdFilter();
		assertThatThrownBy(() -> filter.doFilter(request, response, (req, res) -> {
			throw new ServletException("Request processing failed",
					new IllegalStateException("a defect in the round module"));
		})).isInstanceOf(ServletException.class);
		String id = CorrelationIdFilter.current(request);
		assertThat(id).matches("[0-9a-f]{8}").isEqualTo(response.getHeader("X-Correlation-Id"));
		String line = output.getOut()
			.lines()
			.filter((l) -> l.contains("POST /rounds/7/close failed"))
			.findFirst()
			.orElseThrow();
		assertThat(line).contains("[" + id + "]").contains("ERROR");
		assertThat(output.getOut()).contains("IllegalStateException: a defect in the round module").contains("\tat ");
		assertThat(LoggerFactory.getLogger(ReliabilityConfig.CONTAINER_DEFECT_LOGGER).isErrorEnabled())
			.as("Tomcat's line without the id")
			.isFalse();
	}

}
