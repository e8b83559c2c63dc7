package vn.hanoi.plantracker.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the application prepares, whatever issues them (JPA or
 * JdbcClient): the application's DataSource is wrapped so that every statement a
 * connection creates is counted. Tests reset it, make a request and read it.
 * <p>
 * Only statements issued on the thread that reset the counter are counted: the MockMvc
 * request runs on the test's own thread, while scheduled jobs (the session cleanup every
 * minute, ShedLock's claims) and asynchronous event listeners run on others and would
 * otherwise be counted whenever they happen to run during a measurement.
 */
public class StatementCounter implements BeanPostProcessor {

	private static final Set<String> STATEMENT_METHODS = Set.of("prepareStatement", "prepareCall", "createStatement");

	private final AtomicLong count = new AtomicLong();

	private final AtomicLong sessionCount = new AtomicLong();

	private final java.util.List<String> sql = new java.util.concurrent.CopyOnWriteArrayList<>();

	/** Where each statement was read: in a controller, in a read cache's loader. */
	private final java.util.List<Read> reads = new java.util.concurrent.CopyOnWriteArrayList<>();

	private volatile Thread measured;

	public void reset() {
		this.measured = Thread.currentThread();
		this.count.set(0);
		this.sessionCount.set(0);
		this.sql.clear();
		this.reads.clear();
	}

	/**
	 * The statements counted since the last reset with where they were read: while a
	 * controller ran ({@link HandlerPhase}) and in which read cache's loader, if any.
	 */
	public java.util.List<Read> reads() {
		return java.util.List.copyOf(this.reads);
	}

	/** One statement and where it was read. */
	public record Read(String sql, boolean inController, String cacheLoading) {

	}

	/**
	 * The text of the statements counted since the last reset, in order: what a test
	 * shows when a budget is exceeded.
	 */
	public java.util.List<String> statements() {
		return java.util.List.copyOf(this.sql);
	}

	/**
	 * The statements counted less those on Spring Session's tables: whether a request
	 * creates, reads or rewrites its session depends on the requests before it (0 to 3
	 * statements), never on the volume of the data.
	 */
	public long countWithoutSession() {
		return this.count.get() - this.sessionCount.get();
	}

	public long count() {
		return this.count.get();
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof DelegatingDataSource)) {
			return new Counting(dataSource);
		}
		return bean;
	}

	private final class Counting extends DelegatingDataSource {

		Counting(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counted(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counted(super.getConnection(username, password));
		}

		private Connection counted(Connection target) {
			return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
					new Class<?>[] { Connection.class }, (proxy, method, args) -> {
						if (STATEMENT_METHODS.contains(method.getName())
								&& Thread.currentThread() == StatementCounter.this.measured) {
							StatementCounter.this.count.incrementAndGet();
							String statement = (args != null && args.length > 0 && args[0] instanceof String text)
									? text : method.getName();
							StatementCounter.this.sql.add(statement);
							StatementCounter.this.reads.add(new Read(statement, HandlerPhase.running(),
									vn.hanoi.plantracker.system.VersionedCache.loadingHere()));
							if (args != null && args.length > 0 && args[0] instanceof String sql
									&& sql.toUpperCase(java.util.Locale.ROOT).contains("SPRING_SESSION")) {
								StatementCounter.this.sessionCount.incrementAndGet();
							}
						}
						try {
							return method.invoke(target, args);
						}
						catch (InvocationTargetException ex) {
							throw ex.getTargetException();
						}
					});
		}

	}

}
