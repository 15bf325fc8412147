package org.closer.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler whose page is the same for every visitor until the next deploy (no form, no
 * personal data), so {@link PageCache} may render it once and serve the bytes from then on.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface CachedPage {

}
