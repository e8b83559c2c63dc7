package vn.hanoi.plantracker.assignment;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * A coordinator of the assignment's plan: {@link AssignmentAccess#canReview}.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("@assignmentAccess.canReview(#{id}, authentication)")
@interface CoordinatorOfAssignment {

	/** The name of the method parameter that holds the id. */
	String id() default "assignmentId";

}
