package vn.hanoi.plantracker.plan;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * A coordinator of the key area's plan: {@link PlanAccess#canEditArea}.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("@planAccess.canEditArea(#{id}, authentication)")
public @interface CoordinatorOfArea {

	/** The method parameter (or property path) that holds the id. */
	String id() default "areaId";

}
