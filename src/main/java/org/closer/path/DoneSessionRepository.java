package org.closer.path;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The sessions each link marked done, by its key hash. */
interface DoneSessionRepository extends JpaRepository<DoneSession, Long> {

	boolean existsByKeyHashAndSession(String keyHash, int session);

	@Modifying
	@Query("delete from DoneSession d where d.keyHash = :keyHash and d.session = :session")
	int deleteDone(String keyHash, int session);

	@Modifying
	@Query("delete from DoneSession d where d.keyHash = :keyHash")
	int deleteAllDone(String keyHash);

}
