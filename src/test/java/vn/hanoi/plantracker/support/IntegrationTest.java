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
 * The application as it runs, on real PostgreSQL, with the demo accounts and data: every
 * test class that carries this annotation shares one Spring context and one database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "plantracker.embedded-db.enabled=false")
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "demo" })
@Import(TestInfrastructure.class)
public @interface IntegrationTest {

}
