package org.closer.together;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Stores pairings and finds them by id, by the hash of a token or by the hash of either result's key. */
interface PairingRepository extends Repository<Pairing, Long> {

	Pairing save(Pairing pairing);

	/** Stores a change at once, so that a change from another transaction at the same moment fails here. */
	Pairing saveAndFlush(Pairing pairing);

	void delete(Pairing pairing);

	Optional<Pairing> findById(long id);

	Optional<Pairing> findByTokenHash(String tokenHash);

	/**
	 * The invitation with this token hash, locked in the database until the transaction ends, so that an
	 * answer through it and its cancelling at the same moment happen one after the other.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Pairing p where p.tokenHash = :tokenHash")
	Optional<Pairing> lockByTokenHash(@Param("tokenHash") String tokenHash);

	/** Every pairing the result with this key hash takes part in, on either side. */
	@Query("select p from Pairing p where p.inviterKeyHash = :keyHash or p.partnerKeyHash = :keyHash order by p.id")
	List<Pairing> findByEitherKeyHash(@Param("keyHash") String keyHash);

	@Modifying
	@Query("delete from Pairing p where p.inviterKeyHash = :keyHash or p.partnerKeyHash = :keyHash")
	int deleteByEitherKeyHash(@Param("keyHash") String keyHash);

	/** Every pairing not (yet) shared: invitations and what they became, each of which may run out. */
	List<Pairing> findByStateNot(PairingState state);

}
