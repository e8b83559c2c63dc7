package vn.hanoi.plantracker.system;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * True when no external database is configured and the embedded one is not switched off.
 */
class NoDatasourceConfigured implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return matches(context.getEnvironment());
	}

	static boolean matches(Environment env) {
		String url = env.getProperty("spring.datasource.url");
		return (url == null || url.isBlank())
				&& env.getProperty("plantracker.embedded-db.enabled", Boolean.class, true);
	}

}
