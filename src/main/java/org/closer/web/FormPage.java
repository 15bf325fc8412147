package org.closer.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the page that holds a form whose handler this is, with the same {@code {variables}} as the
 * handler's path, such as {@code /fis/results/{key}}: a visitor whose copy of the form was refused (its
 * security token too old) finds a fresh one there. A form without it is found again at its own address.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface FormPage {

	/** The page's address, with the handler's path variables. */
	String value();

}
