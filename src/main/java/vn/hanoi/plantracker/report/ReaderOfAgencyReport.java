package vn.hanoi.plantracker.report;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Any signed-in role, an officer only for its own agency's report:
 * {@link ReportAccess#canReadAgency}.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("@reportAccess.canReadAgency(#{id}, authentication)")
public @interface ReaderOfAgencyReport {

	/** The name of the method parameter that holds the agency's id. */
	String id() default "agencyId";

}
