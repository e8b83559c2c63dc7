package vn.hanoi.plantracker;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(PlanTrackerApplication.class);

	@Test
	void modulesDependOnlyOnWhatTheyMayUse() {
		this.modules.verify();
	}

	@Test
	void writesModuleDocumentationForEveryModule() throws Exception {
		Documenter documenter = new Documenter(this.modules);
		documenter.writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
		// the Documenter default output folder under Maven
		java.nio.file.Path docs = java.nio.file.Path.of("target", "spring-modulith-docs");
		assertThat(docs.resolve("components.puml")).exists();
		this.modules.forEach((module) -> assertThat(docs.resolve("module-" + module.getIdentifier() + ".puml"))
			.as(module.getDisplayName())
			.exists());
	}

}
