package vn.hanoi.plantracker.assignment;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * A coordinator of the plan of the request's assignment:
 * {@link AssignmentAccess#canDecideExtension}.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("@assignmentAccess.canDecideExtension(#{id}, authentication)")
@interface CoordinatorOfExtensionRequest {

	/** The name of the method parameter that holds the id. */
	String id() default "requestId";

}
