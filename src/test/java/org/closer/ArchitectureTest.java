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

/** Keeps the house in order: dependencies point one way, the domain knows no web, no container class, small classes. */
class ArchitectureTest {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.closer");

	@Test
	void shouldKeepLearnIndependentOfEveryOtherFeature() {
		noClasses().that()
			.resideInAPackage("org.closer.learn..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.closer.fis..", "org.closer.insights..", "org.closer.research..")
			.check(CLASSES);
	}

	@Test
	void shouldKeepTheQuestionnaireFreeOfInsightsResearchAndComparing() {
		noClasses().that()
			.resideInAPackage("org.closer.fis..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.closer.insights..", "org.closer.research..", "org.closer.together..")
			.allowEmptyShould(true)
			.check(CLASSES);
	}

	@Test
	void shouldKeepInsightsAndResearchApart() {
		noClasses().that()
			.resideInAPackage("org.closer.insights..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.closer.research..", "org.closer.learn..", "org.closer.together..")
			.check(CLASSES);
		noClasses().that()
			.resideInAPackage("org.closer.research..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.closer.insights..", "org.closer.learn..", "org.closer.together..")
			.check(CLASSES);
	}

	@Test
	void shouldKeepWebInfrastructureFreeOfFeatures() {
		noClasses().that()
			.resideInAPackage("org.closer.web..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.closer.learn..", "org.closer.fis..", "org.closer.insights..",
					"org.closer.research..", "org.closer.together..")
			.check(CLASSES);
	}

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
