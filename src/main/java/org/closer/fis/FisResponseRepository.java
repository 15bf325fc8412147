package org.closer.fis;

import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Stores responses and finds or deletes one by the hash of its key; nothing more is needed. */
public interface FisResponseRepository extends Repository<FisResponse, Long> {

	FisResponse save(FisResponse response);

	Optional<FisResponse> findByKeyHash(String keyHash);

	@Modifying
	@Query("delete from FisResponse r where r.keyHash = :keyHash")
	int deleteByKeyHash(@Param("keyHash") String keyHash);

}
