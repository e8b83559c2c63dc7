package vn.hanoi.plantracker.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * A local run on the embedded database with no profile chosen turns the {@code demo}
 * profile on, so that a newcomer can sign in with the demo accounts. With an external
 * database, or any profile set explicitly, nothing is switched on: production never gets
 * demo accounts by accident.
 * <p>
 * The decision needs the whole configuration (a datasource or a profile may be set in any
 * config file), so this runs after config data has been read; config data therefore never
 * loaded {@code application-demo.properties} (plain {@code SESSION} cookie, 127.0.0.1).
 * This adds it itself, where config data puts a profile-specific file: above every
 * {@code application.properties}, below the command line, system properties and
 * environment variables (so {@code --server.address=0.0.0.0} still opens the demo on
 * purpose).
 */
class DemoProfileActivator implements EnvironmentPostProcessor, Ordered {

	static final String DEMO_PROPERTIES = "application-demo.properties";

	private static final String SOURCE_NAME = "demo profile (DemoProfileActivator): classpath:" + DEMO_PROPERTIES;

	/**
	 * Config data names each file it loads "Config resource '...' via location '...'".
	 */
	private static final String CONFIG_DATA_PREFIX = "Config resource ";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.getActiveProfiles().length == 0 && NoDatasourceConfigured.matches(environment)) {
			environment.addActiveProfile("demo");
			addDemoProperties(environment.getPropertySources());
		}
	}

	private static void addDemoProperties(MutablePropertySources sources) {
		ClassPathResource resource = new ClassPathResource(DEMO_PROPERTIES);
		if (!resource.exists() || sources.contains(SOURCE_NAME)) {
			return;
		}
		List<PropertySource<?>> loaded;
		try {
			loaded = new PropertiesPropertySourceLoader().load(SOURCE_NAME, resource);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + DEMO_PROPERTIES, ex);
		}
		String firstConfigFile = sources.stream()
			.map(PropertySource::getName)
			.filter((name) -> name.startsWith(CONFIG_DATA_PREFIX))
			.findFirst()
			.orElse(null);
		for (PropertySource<?> source : loaded) {
			if (firstConfigFile != null) {
				sources.addBefore(firstConfigFile, source);
			}
			else {
				sources.addLast(source);
			}
		}
	}

	@Override
	public int getOrder() {
		// after config data (ConfigDataEnvironmentPostProcessor.ORDER), which resolves
		// spring.profiles.active and spring.datasource.url from every config file
		return Ordered.LOWEST_PRECEDENCE;
	}

}
