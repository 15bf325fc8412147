package org.closer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Spring Modulith does not check ({@link ModularityTest} keeps the modules to their declared
 * dependencies): the questionnaire's domain knows no web, no class of the container is used, classes
 * stay small, and controllers stay inside their packages.
 */
class ArchitectureTest {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.closer");

	@Test
	void shouldKeepTheQuestionnaireDomainFreeOfTheWeb() {
		noClasses().that()
			.resideInAPackage("org.closer.fis")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("jakarta.servlet..", "org.springframework.web..", "org.springframework.ui..",
					"org.closer.fis.web..", "org.closer.web..")
			.check(CLASSES);
	}

	@Test
	void shouldUseOnlyPublicServletAndSpringApisAndNoClassOfTheContainer() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.apache.catalina..", "org.apache.coyote..", "org.apache.tomcat..")
			.check(CLASSES);
	}

	@Test
	void shouldKeepEveryClassUnderOneHundredAndFiftyLines() throws IOException {
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			Map<Path, Long> lines = sources.filter((file) -> file.toString().endsWith(".java"))
				.collect(Collectors.toMap(Function.identity(), ArchitectureTest::lineCount));

			assertThat(lines).isNotEmpty().allSatisfy((file, count) -> assertThat(count).as("%s", file).isLessThanOrEqualTo(150));
		}
	}

	private static long lineCount(Path file) {
		try (Stream<String> lines = Files.lines(file)) {
			return lines.count();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void shouldKeepControllersPackagePrivate() {
		classes().that()
			.areAnnotatedWith(org.springframework.stereotype.Controller.class)
			.should()
			.notBePublic()
			.check(CLASSES);
	}

}
