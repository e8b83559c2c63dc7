package vn.hanoi.plantracker.round.web;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.BeanWrapperImpl;

import vn.hanoi.plantracker.round.Sections;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agency's report and the consolidated report share their five texts but keep their
 * own length limits, and bind as before.
 */
class ReportFormTests {

	private static final String[] TEXTS = { "results", "shortcomings", "difficulties", "proposals", "nextTasks" };

	private static ValidatorFactory factory;

	private static Validator validator;

	@BeforeAll
	static void validator() {
		factory = Validation.buildDefaultValidatorFactory();
		validator = factory.getValidator();
	}

	@AfterAll
	static void close() {
		factory.close();
	}

	@Test
	void anAgencysTextsMayHold20000CharactersEachAndNoMore() {
		for (String text : TEXTS) {
			assertThat(validator.validate(typed(new AgencyReportForm(), text, 20000))).isEmpty();
			assertThat(validator.validate(typed(new AgencyReportForm(), text, 20001))).singleElement()
				.satisfies((v) -> assertThat(v.getPropertyPath()).hasToString(text));
		}
	}

	@Test
	void theConsolidatedTextsMayHold100000CharactersEachAndNoMore() {
		for (String text : TEXTS) {
			assertThat(validator.validate(typed(new ConsolidatedForm(), text, 100000))).isEmpty();
			assertThat(validator.validate(typed(new ConsolidatedForm(), text, 100001))).singleElement()
				.satisfies((v) -> assertThat(v.getPropertyPath()).hasToString(text));
		}
	}

	@Test
	void bothFormsNeedTheVersionOpened() {
		assertThat(validator.validate(new AgencyReportForm())).singleElement()
			.satisfies((v) -> assertThat(v.getPropertyPath()).hasToString("version"));
		assertThat(validator.validate(new ConsolidatedForm())).singleElement()
			.satisfies((v) -> assertThat(v.getPropertyPath()).hasToString("version"));
	}

	@Test
	void theTypedTextsBecomeTheSectionsInOrder() {
		AgencyReportForm form = new AgencyReportForm();
		BeanWrapperImpl wrapper = new BeanWrapperImpl(form);
		wrapper.setAutoGrowNestedPaths(true);
		wrapper.setPropertyValue("version", "3");
		for (String text : TEXTS) {
			wrapper.setPropertyValue(text, text + " typed");
		}
		wrapper.setPropertyValue("lines[0].assignmentId", "11");
		wrapper.setPropertyValue("lines[0].result", "done");
		assertThat(form.toCommand(1, 2).sections()).isEqualTo(new Sections("results typed", "shortcomings typed",
				"difficulties typed", "proposals typed", "nextTasks typed"));
		assertThat(form.toCommand(1, 2).version()).isEqualTo(3);
		assertThat(form.resultOf(11)).isEqualTo("done");
	}

	private static SectionsForm typed(SectionsForm form, String text, int length) {
		form.setVersion(0L);
		new BeanWrapperImpl(form).setPropertyValue(text, "x".repeat(length));
		return form;
	}

}
