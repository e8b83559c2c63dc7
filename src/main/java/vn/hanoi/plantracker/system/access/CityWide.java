package vn.hanoi.plantracker.system.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The roles that read every agency's work: coordinator, leadership and administrators
 * (the role family of {@code /coordinator/**} and the city-wide reports).
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('COORDINATOR', 'LEADER', 'ADMIN')")
public @interface CityWide {

}
