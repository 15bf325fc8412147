package org.closer;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps the feature packages honest: dependencies point one way, as design.md draws them. */
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
	void shouldKeepTheQuestionnaireFreeOfInsightsAndResearch() {
		noClasses().that()
			.resideInAPackage("org.closer.fis..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.closer.insights..", "org.closer.research..")
			.allowEmptyShould(true)
			.check(CLASSES);
	}

	@Test
	void shouldKeepInsightsAndResearchApart() {
		noClasses().that()
			.resideInAPackage("org.closer.insights..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.closer.research..", "org.closer.learn..")
			.check(CLASSES);
		noClasses().that()
			.resideInAPackage("org.closer.research..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.closer.insights..", "org.closer.learn..")
			.check(CLASSES);
	}

	@Test
	void shouldKeepWebInfrastructureFreeOfFeatures() {
		noClasses().that()
			.resideInAPackage("org.closer.web..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.closer.learn..", "org.closer.fis..", "org.closer.insights..",
					"org.closer.research..")
			.check(CLASSES);
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
