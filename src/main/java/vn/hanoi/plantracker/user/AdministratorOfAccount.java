package vn.hanoi.plantracker.user;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * An administrator, on an account that exists: {@link AccountAccess#canAdminister}.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("@accountAccess.canAdminister(#{id}, authentication)")
public @interface AdministratorOfAccount {

	/** The name of the method parameter that holds the account's id. */
	String id() default "id";

}
