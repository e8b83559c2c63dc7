package vn.hanoi.plantracker.plan;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * A reader of the plan: any signed-in user for a published or closed plan, only its
 * editors for a draft ({@link PlanAccess#canReadPlan}); anyone else is answered as for a
 * plan that does not exist.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("@planAccess.canReadPlan(#{id}, authentication)")
public @interface ReaderOfPlan {

	/** The method parameter (or property path) that holds the plan's id. */
	String id() default "planId";

}
