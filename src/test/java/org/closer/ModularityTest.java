package org.closer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.closer.fis.web.ResultSection;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.CanvasOptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules as Spring Modulith sees them: each reaches the others only through what they offer (their
 * top-level package and their named interfaces), without cycles; and the pictures of them and the
 * canvases of each, with the sections each adds to the result page, and the list of the types each
 * offers ({@code offered.adoc}), in {@code docs/modules}, are the ones the code gives today.
 * {@code -Dmodules.write=true} writes them anew.
 */
class ModularityTest {

	private static final ApplicationModules MODULES = ApplicationModules.of(CloserApplication.class);

	private static final Path COMMITTED = Path.of("docs", "modules");

	@Test
	void shouldKeepEveryModuleToWhatTheOthersOffer() {
		MODULES.verify();
	}

	@Test
	void shouldDescribeTheModulesInTheDocsAsTheCodeHasThem() throws IOException {
		Path written = Boolean.getBoolean("modules.write") ? COMMITTED : Path.of("target", "modules");
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(written.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases(CanvasOptions.defaults()
				.revealInternals()
				.groupingBy("Sections of the result page", (bean) -> bean.isAssignableTo(ResultSection.class)));
		Files.write(written.resolve("offered.adoc"), offered());

		List<Path> pictures = pictures(written);
		assertThat(pictures).isNotEmpty();
		for (Path picture : pictures) {
			Path committed = COMMITTED.resolve(written.relativize(picture));
			assertThat(committed).as("%s: write it with ./mvnw test -Dtest=ModularityTest -Dmodules.write=true", committed)
				.exists();
			// Modulith writes a picture's lines in no fixed order; the lines themselves are what it says.
			assertThat(Files.readAllLines(committed)).as("%s as the code has it today", committed)
				.containsExactlyInAnyOrderElementsOf(Files.readAllLines(picture));
		}
		assertThat(pictures(COMMITTED)).as("no picture of a module that is gone").hasSameSizeAs(pictures);
	}

	/** Each module's types that others may use, by interface: the base package's public types, then each named one. */
	private static List<String> offered() {
		List<String> lines = new ArrayList<>(List.of("= What each module offers the others", ""));
		for (ApplicationModule module : MODULES) {
			lines.add("== " + module.getDisplayName());
			for (NamedInterface offer : module.getNamedInterfaces()) {
				lines.add("");
				lines.add(offer.isUnnamed() ? "Its package `" + module.getBasePackage().getName() + "`:"
						: "Named interface `" + offer.getName() + "`:");
				lines.add("");
				offer.asJavaClasses()
					.filter((type) -> !type.getSimpleName().equals("package-info") && type.getEnclosingClass().isEmpty())
					.map((type) -> "* `" + type.getName() + "`")
					.distinct()
					.sorted()
					.forEach(lines::add);
			}
			lines.add("");
		}
		return lines;
	}

	private static List<Path> pictures(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter((file) -> file.toString().endsWith(".puml") || file.toString().endsWith(".adoc"))
				.sorted()
				.toList();
		}
	}

}
