package org.closer.together;

import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Stores replies to invitations and finds or deletes them by the hash of their result's key. */
interface ReplyRepository extends Repository<Reply, Long> {

	Reply save(Reply reply);

	Optional<Reply> findByKeyHash(String keyHash);

	/** Deletes the reply of the result with this key hash: 1 when there was one, 0 when not (any more). */
	@Modifying
	@Query("delete from Reply r where r.keyHash = :keyHash")
	int deleteByKeyHash(@Param("keyHash") String keyHash);

	/** Deletes the replies an invitation has left once someone shared through it. */
	@Modifying
	@Query("delete from Reply r where r.pairingId = :pairingId")
	int deleteByPairingId(@Param("pairingId") long pairingId);

	/** Deletes replies to invitations that no longer take them. */
	@Modifying
	@Query("""
			delete from Reply r where not exists (select p.id from Pairing p where p.id = r.pairingId
			and p.state = org.closer.together.PairingState.INVITED)""")
	int deleteStale();

}
