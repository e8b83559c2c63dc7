package vn.hanoi.plantracker.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Like {@link IntegrationTest}, for tests that change the plan itself (new tasks, rolled
 * forward periods, new agencies): they get a database of their own, so that the tests
 * that check the reference plan on the shared database never see their changes. All
 * classes that carry this annotation share one context and that one database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "plantracker.embedded-db.enabled=false")
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "demo" })
@Import(PlanChangingTestInfrastructure.class)
public @interface PlanChangingTest {

}
