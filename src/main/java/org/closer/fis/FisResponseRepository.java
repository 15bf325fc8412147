package org.closer.fis;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Stores responses, finds or deletes one by the hash of its key, and counts consenting responses by
 * total for the statistics; nothing more is needed.
 */
public interface FisResponseRepository extends Repository<FisResponse, Long> {

	FisResponse save(FisResponse response);

	Optional<FisResponse> findByKeyHash(String keyHash);

	@Modifying
	@Query("delete from FisResponse r where r.keyHash = :keyHash")
	int deleteByKeyHash(@Param("keyHash") String keyHash);

	/**
	 * The distribution of totals among responses of one instrument version whose givers agreed to
	 * share them: at most 141 rows, however many responses there are.
	 */
	@Query("""
			select new org.closer.fis.TotalCount(r.total, count(r))
			from FisResponse r
			where r.instrumentVersion = :version and r.researchConsent = true
			group by r.total
			order by r.total""")
	List<TotalCount> countConsentingByTotal(@Param("version") String instrumentVersion);

}
