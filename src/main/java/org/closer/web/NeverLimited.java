package org.closer.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a form step that only takes something away (deleting a result, declining, cancelling, ending a
 * comparison, saying no): the submission allowance never holds it back, so that someone who shares a
 * visitor's address and spends its allowance cannot stop them from leaving.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface NeverLimited {

}
