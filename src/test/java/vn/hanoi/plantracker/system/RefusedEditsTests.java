package vn.hanoi.plantracker.system;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one answer of the administrator's edit pages to a refused save: the refusal on the
 * form, 409 for a stale version (said by the rules or by a concurrent save), 422 for any
 * other refusal or invalid input, and nothing saved when the input is invalid.
 */
class RefusedEditsTests {

	private static final String STALE = "test.stale";

	private final BindingResult binding = new BeanPropertyBindingResult(new Object(), "form");

	private final MockHttpServletResponse response = new MockHttpServletResponse();

	@Test
	void aSaveThatGoesThroughLeavesTheAnswerToTheController() {
		AtomicBoolean ran = new AtomicBoolean();
		assertThat(RefusedEdits.saved(this.binding, this.response, STALE, () -> ran.set(true))).isTrue();
		assertThat(ran).isTrue();
		assertThat(this.binding.hasErrors()).isFalse();
		assertThat(this.response.getStatus()).isEqualTo(200);
	}

	@Test
	void invalidInputIsNeverSaved() {
		this.binding.reject("invalid");
		AtomicBoolean ran = new AtomicBoolean();
		assertThat(RefusedEdits.saved(this.binding, this.response, STALE, () -> ran.set(true))).isFalse();
		assertThat(ran).isFalse();
		assertThat(this.response.getStatus()).isEqualTo(422);
	}

	@Test
	void aRefusalIsShownOnTheFormWith422() {
		assertThat(RefusedEdits.saved(this.binding, this.response, STALE, () -> {
			throw new Refused("test.refused");
		})).isFalse();
		assertThat(this.binding.getGlobalError().getCode()).isEqualTo("test.refused");
		assertThat(this.response.getStatus()).isEqualTo(422);
	}

	@Test
	void aStaleVersionFoundByTheRulesIs409() {
		assertThat(RefusedEdits.saved(this.binding, this.response, STALE, () -> {
			throw new Refused(STALE);
		})).isFalse();
		assertThat(this.binding.getGlobalError().getCode()).isEqualTo(STALE);
		assertThat(this.response.getStatus()).isEqualTo(409);
	}

	@Test
	void aConcurrentSaveThatCommittedFirstIsAStaleVersion() {
		assertThat(RefusedEdits.saved(this.binding, this.response, STALE, () -> {
			throw new OptimisticLockingFailureException("row changed");
		})).isFalse();
		assertThat(this.binding.getGlobalError().getCode()).isEqualTo(STALE);
		assertThat(this.response.getStatus()).isEqualTo(409);
	}

	private static final class Refused extends ChangeRefusedException {

		Refused(String code) {
			super(code);
		}

	}

}
