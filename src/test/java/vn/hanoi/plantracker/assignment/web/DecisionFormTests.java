package vn.hanoi.plantracker.assignment.web;

import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.BeanWrapperImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two coordinator decision forms share their fields but keep their own limit and
 * message for the note, and bind as before.
 */
class DecisionFormTests {

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
	void aReviewNoteMayHold4000CharactersAndNoMore() {
		assertThat(validator.validate(review(0L, "x".repeat(4000)))).isEmpty();
		Set<ConstraintViolation<ReviewForm>> refused = validator.validate(review(0L, "x".repeat(4001)));
		assertThat(refused).singleElement().satisfies((v) -> {
			assertThat(v.getPropertyPath()).hasToString("note");
			assertThat(v.getMessageTemplate()).isEqualTo("{validation.note.size}");
		});
	}

	@Test
	void anExtensionDecisionNoteMayHold2000CharactersAndNoMore() {
		assertThat(validator.validate(decision(0L, "x".repeat(2000)))).isEmpty();
		Set<ConstraintViolation<ExtensionDecisionForm>> refused = validator.validate(decision(0L, "x".repeat(2001)));
		assertThat(refused).singleElement().satisfies((v) -> {
			assertThat(v.getPropertyPath()).hasToString("note");
			assertThat(v.getMessageTemplate()).isEqualTo("{extension.reasonSize}");
		});
	}

	@Test
	void bothFormsNeedTheVersionDecidedOn() {
		assertThat(validator.validate(review(null, "ok"))).singleElement()
			.satisfies((v) -> assertThat(v.getPropertyPath()).hasToString("version"));
		assertThat(validator.validate(decision(null, "ok"))).singleElement()
			.satisfies((v) -> assertThat(v.getPropertyPath()).hasToString("version"));
	}

	@Test
	void requestParametersBindToTheSharedFields() {
		ExtensionDecisionForm form = new ExtensionDecisionForm();
		BeanWrapperImpl wrapper = new BeanWrapperImpl(form);
		wrapper.setPropertyValue("version", "7");
		wrapper.setPropertyValue("note", "lý do");
		wrapper.setPropertyValue("fromList", "true");
		assertThat(form.toCommand())
			.isEqualTo(new vn.hanoi.plantracker.assignment.ExtensionDecisionCommand(7L, "lý do"));
		assertThat(form.isFromList()).isTrue();
		ReviewForm review = new ReviewForm();
		BeanWrapperImpl reviewWrapper = new BeanWrapperImpl(review);
		reviewWrapper.setPropertyValue("version", "8");
		reviewWrapper.setPropertyValue("note", "trả lại");
		assertThat(review.toCommand().note()).isEqualTo("trả lại");
	}

	private static ReviewForm review(Long version, String note) {
		ReviewForm form = new ReviewForm();
		form.setVersion(version);
		form.setNote(note);
		return form;
	}

	private static ExtensionDecisionForm decision(Long version, String note) {
		ExtensionDecisionForm form = new ExtensionDecisionForm();
		form.setVersion(version);
		form.setNote(note);
		return form;
	}

}
