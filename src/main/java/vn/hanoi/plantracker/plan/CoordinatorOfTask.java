package vn.hanoi.plantracker.plan;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * A coordinator of the task's plan: {@link PlanAccess#canEditTask}.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("@planAccess.canEditTask(#{id}, authentication)")
public @interface CoordinatorOfTask {

	/** The method parameter (or property path) that holds the id. */
	String id() default "taskId";

}
