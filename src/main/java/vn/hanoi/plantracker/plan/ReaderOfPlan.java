package vn.hanoi.plantracker.plan;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * A reader of the plan, or of one of its tasks ({@code of = "task"}): any signed-in user
 * for a published or closed plan, only its editors for a draft
 * ({@link PlanAccess#canRead}); anyone else is answered as for a plan (or task) that does
 * not exist. The one check of draft visibility for pages and files of a plan.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("@planAccess.canRead('{of}', #{id}, authentication)")
public @interface ReaderOfPlan {

	/** The method parameter (or property path) that holds the id. */
	String id() default "planId";

	/** What the id names: "plan" or "task" (a task is read as its plan). */
	String of() default "plan";

}
