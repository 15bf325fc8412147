package org.closer.path;

import org.closer.support.Postgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Results and comparisons of the fourth schema migrated on a real PostgreSQL server, in a schema of this run's own. */
@ExtendWith(Postgres.class)
@SpringBootTest
@AutoConfigureMockMvc
class MigrationToThePathIT extends MigrationToThePath {

	private static String schema;

	@DynamicPropertySource
	static void aSchemaOfTheFourthVersion(DynamicPropertyRegistry registry) {
		schema = Postgres.createSchema();
		fillTheFourthSchema(Postgres.url(schema), Postgres.USER, schema);
		Postgres.use(schema, registry);
	}

	@AfterAll
	static void dropSchema() {
		Postgres.dropSchema(schema);
	}

}
