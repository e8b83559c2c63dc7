package vn.hanoi.plantracker.assignment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The optional conditions of a list query, each written once with the parameter it binds:
 * {@link #sql()} is what follows the fixed {@code where} clause ({@code and ...} for each
 * condition in use), {@link #bind} gives the statement their values.
 */
final class OptionalConditions {

	private final StringBuilder sql = new StringBuilder();

	private final Map<String, Object> params = new LinkedHashMap<>();

	/**
	 * {@code and condition}, {@code :name} bound to the value, unless the value is null.
	 */
	OptionalConditions and(String condition, String name, Object value) {
		return and(condition, name, value, Function.identity());
	}

	/**
	 * {@code and condition}, {@code :name} bound to the value as the statement takes it,
	 * unless the value is null.
	 */
	<T> OptionalConditions and(String condition, String name, T value, Function<? super T, ?> bound) {
		return andIf(value != null, condition, name, () -> bound.apply(value));
	}

	/** {@code and condition}, {@code :name} bound to the value, when asked for. */
	OptionalConditions andIf(boolean asked, String condition, String name, Object value) {
		return andIf(asked, condition, name, () -> value);
	}

	private OptionalConditions andIf(boolean asked, String condition, String name,
			java.util.function.Supplier<?> value) {
		if (asked) {
			this.sql.append(" and ").append(condition);
			this.params.put(name, value.get());
		}
		return this;
	}

	String sql() {
		return this.sql.toString();
	}

	JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
		JdbcClient.StatementSpec bound = statement;
		for (Map.Entry<String, Object> param : this.params.entrySet()) {
			bound = bound.param(param.getKey(), param.getValue());
		}
		return bound;
	}

}
