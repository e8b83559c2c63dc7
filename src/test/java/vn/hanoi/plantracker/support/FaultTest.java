package vn.hanoi.plantracker.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A slow fault test: the database stopped under load, a process killed or signalled, two
 * nodes on one database, a shutdown while uploads arrive. Tagged {@code fault}: the build
 * runs these in their own Surefire execution after all the others (pom.xml,
 * {@code fault-tests}), so they are still part of every {@code ./mvnw verify} and of CI;
 * {@code -DskipFaultTests} leaves them out of a quick local run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(FaultTest.TAG)
public @interface FaultTest {

	String TAG = "fault";

}
