package org.closer.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The real PostgreSQL server of this machine kind (127.0.0.1:5432, trust auth, database {@code test}),
 * with a schema of its own for every test run. Without a server the tests are skipped with a message,
 * unless {@code CI=true}, where they fail.
 */
public final class Postgres implements ExecutionCondition {

	/** The server and database, overridable with {@code CLOSER_TEST_POSTGRES_URL}. */
	public static final String URL = System.getenv().getOrDefault("CLOSER_TEST_POSTGRES_URL",
			"jdbc:postgresql://127.0.0.1:5432/test");

	/** The role to connect as, overridable with {@code CLOSER_TEST_POSTGRES_USER}. */
	public static final String USER = System.getenv().getOrDefault("CLOSER_TEST_POSTGRES_USER", "postgres");

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		try (Connection connection = connect()) {
			return ConditionEvaluationResult.enabled("PostgreSQL " + connection.getMetaData().getDatabaseProductVersion()
					+ " at " + URL);
		}
		catch (SQLException ex) {
			String message = "PostgreSQL tests skipped: no server at " + URL + " (" + ex.getMessage() + ")";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				throw new IllegalStateException(message.replace("skipped", "cannot run on CI"), ex);
			}
			System.out.println("[WARNING] " + message);
			return ConditionEvaluationResult.disabled(message);
		}
	}

	/** Creates a new, empty schema for one test run and returns its name. */
	public static String createSchema() {
		String schema = "closer_test_" + ProcessHandle.current().pid() + "_" + Long.toHexString(System.nanoTime());
		execute("create schema " + schema);
		return schema;
	}

	/** Drops a schema made by {@link #createSchema()}, with everything in it. */
	public static void dropSchema(String schema) {
		if (schema != null && schema.startsWith("closer_test_")) {
			execute("drop schema if exists " + schema + " cascade");
		}
	}

	/** Points the application at a schema: its URL, the role, no password, and Flyway's schema. */
	public static void use(String schema, DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> url(schema));
		registry.add("spring.datasource.username", () -> USER);
		registry.add("spring.datasource.password", () -> "");
		registry.add("spring.flyway.schemas", () -> schema);
	}

	/** The JDBC URL of a schema. */
	public static String url(String schema) {
		return URL + "?currentSchema=" + schema;
	}

	private static void execute(String sql) {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL refused: " + sql, ex);
		}
	}

	private static Connection connect() throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", USER);
		properties.setProperty("connectTimeout", "3");
		return DriverManager.getConnection(URL, properties);
	}

}
