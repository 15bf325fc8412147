package org.closer.together;

import org.closer.support.Postgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Pairings of the third schema migrated on a real PostgreSQL server, in a schema of this run's own. */
@ExtendWith(Postgres.class)
@SpringBootTest
@AutoConfigureMockMvc
class MigrationToAgreedPairingsIT extends MigrationToAgreedPairings {

	private static String schema;

	@DynamicPropertySource
	static void aSchemaOfTheThirdVersion(DynamicPropertyRegistry registry) {
		schema = Postgres.createSchema();
		fillTheThirdSchema(Postgres.url(schema), Postgres.USER, schema);
		Postgres.use(schema, registry);
	}

	@AfterAll
	static void dropSchema() {
		Postgres.dropSchema(schema);
	}

}
