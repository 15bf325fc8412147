package org.closer.path;

import java.util.UUID;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Results and comparisons of the fourth schema migrated on the embedded H2 database. */
@SpringBootTest
@AutoConfigureMockMvc
class MigrationToThePathTest extends MigrationToThePath {

	private static final String URL = "jdbc:h2:mem:closer-v4-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

	@DynamicPropertySource
	static void aDatabaseOfTheFourthSchema(DynamicPropertyRegistry registry) {
		fillTheFourthSchema(URL, "sa", "PUBLIC");
		registry.add("spring.datasource.url", () -> URL);
	}

}
