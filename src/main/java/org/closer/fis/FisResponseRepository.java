package org.closer.fis;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Stores responses and reads, locks or deletes the attempts of one history by the hash of its key;
 * nothing more is needed.
 */
interface FisResponseRepository extends Repository<FisResponse, Long> {

	FisResponse save(FisResponse response);

	/** The latest attempts stored under the key's hash, the latest first; empty when there is none. */
	List<FisResponse> findByKeyHashOrderByAttemptDesc(String keyHash, Limit limit);

	Optional<FisResponse> findByKeyHashAndAttempt(String keyHash, int attempt);

	/**
	 * The earliest attempt of a history, locked in the database until the transaction ends, so that two
	 * changes to one history, on any instance, happen one after the other.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<FisResponse> findFirstByKeyHashOrderByAttempt(String keyHash);

	@Query("select max(r.attempt) from FisResponse r where r.keyHash = :keyHash")
	Optional<Integer> findLatestAttempt(@Param("keyHash") String keyHash);

	@Modifying
	@Query("delete from FisResponse r where r.keyHash = :keyHash")
	int deleteByKeyHash(@Param("keyHash") String keyHash);

}
