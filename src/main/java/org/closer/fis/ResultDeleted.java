package org.closer.fis;

/**
 * Published while a history is deleted, inside the same transaction, so that whatever refers to it
 * goes with it.
 *
 * @param keyHash the SHA-256 of the deleted history's key
 */
public record ResultDeleted(String keyHash) {
}
