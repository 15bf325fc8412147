package org.closer.production;

import org.closer.support.Postgres;
import org.closer.support.RealPortTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Every state change once, on a real PostgreSQL server, in a schema of this run's own. */
@ExtendWith(Postgres.class)
@RealPortTest
class EveryChangeOnceIT extends EveryChangeOnce {

	private static String schema;

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		schema = Postgres.createSchema();
		Postgres.use(schema, registry);
	}

	@AfterAll
	static void dropSchema() {
		Postgres.dropSchema(schema);
	}

}
