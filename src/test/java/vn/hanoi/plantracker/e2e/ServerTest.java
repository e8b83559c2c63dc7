package vn.hanoi.plantracker.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import vn.hanoi.plantracker.support.TestInfrastructure;

/**
 * The application on a random port for tests over real HTTP without a browser: exactly
 * the configuration of {@link BrowserTest} (less its browser condition), so both share
 * one Spring context and one server.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "plantracker.embedded-db.enabled=false")
@ActiveProfiles({ "test", "demo" })
@Import(TestInfrastructure.class)
@org.springframework.test.context.ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface ServerTest {

}
