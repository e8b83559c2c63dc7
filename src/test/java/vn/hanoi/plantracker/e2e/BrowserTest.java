package vn.hanoi.plantracker.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import vn.hanoi.plantracker.support.TestInfrastructure;

/**
 * The application on a random port, on the same real PostgreSQL as the other tests, for a
 * real browser.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "plantracker.embedded-db.enabled=false")
@ActiveProfiles({ "test", "demo" })
@Import(TestInfrastructure.class)
@org.springframework.test.context.ContextConfiguration(initializers = TestDatabaseInitializer.class)
@ExtendWith(BrowserAvailable.class)
@interface BrowserTest {

}
