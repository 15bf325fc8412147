package org.closer.web.pagecache;

import java.util.Set;

import org.springframework.modulith.NamedInterface;

/**
 * Pages that are the same for every visitor until the next deploy: no form, no token, nothing personal.
 * Each feature declares its own as a bean; the page cache keeps exactly these.
 */
@NamedInterface("cacheable-pages")
@FunctionalInterface
public interface CacheablePages {

	/** The exact paths of the pages, such as {@code /fear}. */
	Set<String> paths();

}
