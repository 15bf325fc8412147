package org.closer.fis;

/**
 * What besides the stored response shapes a result page, such as the statistics shown beside it: a
 * page kept from an earlier version of it is not served again.
 */
public interface ResultPageVersion {

	/** The current version; compared by identity, so a new object means pages may look different. */
	Object version();

}
