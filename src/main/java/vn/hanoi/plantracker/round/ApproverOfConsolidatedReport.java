package vn.hanoi.plantracker.round;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Leadership, who approve a round's consolidated report: {@link RoundAccess#canApprove}.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("@roundAccess.canApprove(authentication)")
public @interface ApproverOfConsolidatedReport {

}
