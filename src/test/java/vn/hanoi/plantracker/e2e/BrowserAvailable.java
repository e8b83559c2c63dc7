package vn.hanoi.plantracker.e2e;

import java.nio.file.Files;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs browser tests only where Debian's Chromium and chromedriver are installed.
 * Skipping is allowed on a developer's machine, with a message saying how to install
 * them; in CI ({@code CI=true}) it is a failure, because CI always installs them.
 */
class BrowserAvailable implements ExecutionCondition {

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (Files.isExecutable(Browser.CHROMIUM) && Files.isExecutable(Browser.CHROMEDRIVER)) {
			return ConditionEvaluationResult.enabled("Chromium and chromedriver found");
		}
		String message = "Browser tests need " + Browser.CHROMIUM + " and " + Browser.CHROMEDRIVER
				+ " (apt-get install chromium chromium-driver)";
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException(message + ": they are missing in CI, where they must run.");
		}
		return ConditionEvaluationResult.disabled(message + "; skipped on this machine.");
	}

}
