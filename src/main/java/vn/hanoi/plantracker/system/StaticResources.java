package vn.hanoi.plantracker.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * The only URLs served from files: {@code /webjars/**} (versionless WebJar paths, through
 * the WebJars locator), {@code /css/**} and {@code /js/**}. Spring Boot's default
 * {@code /**} static mapping is off ({@code spring.web.resources.add-mappings=false}):
 * with it, every link a page builds ({@code @{/assignments/42}}) went through the
 * resource chain, which looked the path up in each static location of the application jar
 * (a lock in the nested jar file, once per link and never cached because nothing is
 * found), and that was most of the CPU time of a dashboard page.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
		registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").resourceChain(true);
		registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").resourceChain(true);
		registry.addResourceHandler("/favicon.ico", "/favicon.svg").addResourceLocations("classpath:/static/");
	}

	/**
	 * Whether the path is in one of the folders above: a file that needs no session, no
	 * account and no database.
	 */
	static boolean isFolderFile(String path) {
		return path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/");
	}

}
