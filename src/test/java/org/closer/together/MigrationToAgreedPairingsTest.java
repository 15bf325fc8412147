package org.closer.together;

import java.util.UUID;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Pairings of the third schema migrated on the embedded H2 database. */
@SpringBootTest
@AutoConfigureMockMvc
class MigrationToAgreedPairingsTest extends MigrationToAgreedPairings {

	private static final String URL = "jdbc:h2:mem:closer-v3-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

	@DynamicPropertySource
	static void aDatabaseOfTheThirdSchema(DynamicPropertyRegistry registry) {
		fillTheThirdSchema(URL, "sa", "PUBLIC");
		registry.add("spring.datasource.url", () -> URL);
	}

}
