package org.closer.together;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Stores pairings and finds them by the hash of a token or of either result's key. */
interface PairingRepository extends Repository<Pairing, Long> {

	Pairing save(Pairing pairing);

	void delete(Pairing pairing);

	Optional<Pairing> findByTokenHash(String tokenHash);

	/** Every pairing the result with this key hash takes part in, on either side. */
	@Query("select p from Pairing p where p.inviterKeyHash = :keyHash or p.partnerKeyHash = :keyHash order by p.id")
	List<Pairing> findByEitherKeyHash(@Param("keyHash") String keyHash);

	@Modifying
	@Query("delete from Pairing p where p.inviterKeyHash = :keyHash or p.partnerKeyHash = :keyHash")
	int deleteByEitherKeyHash(@Param("keyHash") String keyHash);

	/** Removes every invitation that ran out unshared by the given day. */
	@Modifying
	@Query("delete from Pairing p where p.state <> org.closer.together.PairingState.SHARED and p.expiresOn <= :today")
	int deleteExpired(@Param("today") LocalDate today);

}
