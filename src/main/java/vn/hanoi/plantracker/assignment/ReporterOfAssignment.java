package vn.hanoi.plantracker.assignment;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * An officer of the assignment's own agency: {@link AssignmentAccess#canReport}.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("@assignmentAccess.canReport(#{id}, authentication)")
public @interface ReporterOfAssignment {

	/** The name of the method parameter that holds the id. */
	String id() default "assignmentId";

}
