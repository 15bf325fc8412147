package org.closer.fis.web;

import java.util.Optional;

import org.springframework.modulith.NamedInterface;

/**
 * A part of the result page that a feature contributes: where it stands among the others, the
 * template whose fragment {@code section} draws it, and what that fragment draws for a result. Every
 * bean of this type is a section, in order, between the score and the statements that weighed most;
 * the result page knows none of them by name. The fragment names its one parameter after the model's
 * type ({@code section(shownHistory)}, {@code section(pathStanding)}): a template expression is
 * compiled for the type it first meets, and one name for two types would be compiled again and again.
 */
@NamedInterface("result-page")
public interface ResultSection {

	/** The address of the result page; a section's own steps live below it. */
	String PAGE = "/fis/results/{key}";

	/** Where the section stands among the others: lower first. */
	int order();

	/** The template holding the fragment {@code section}, such as {@code insights/comparison}. */
	String template();

	/** What the fragment draws for the result, or empty to leave the section out. */
	Optional<?> model(ShownResult result);

}
