package org.closer.fis;

import java.util.List;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Stores responses, finds or deletes the attempts of one history by the hash of its key, and counts
 * consenting first attempts by total for the statistics; nothing more is needed.
 */
public interface FisResponseRepository extends Repository<FisResponse, Long> {

	FisResponse save(FisResponse response);

	/** Every attempt stored under the key's hash, the first one first; empty when there is none. */
	List<FisResponse> findByKeyHashOrderByAttempt(String keyHash);

	@Modifying
	@Query("delete from FisResponse r where r.keyHash = :keyHash")
	int deleteByKeyHash(@Param("keyHash") String keyHash);

	/**
	 * The distribution of totals among first attempts of one instrument version whose givers agreed to
	 * share them (a person who takes the scale again is still one person): at most 141 rows, however
	 * many responses there are.
	 */
	@Query("""
			select new org.closer.fis.TotalCount(r.total, count(r))
			from FisResponse r
			where r.instrumentVersion = :version and r.researchConsent = true and r.attempt = 1
			group by r.total
			order by r.total""")
	List<TotalCount> countConsentingByTotal(@Param("version") String instrumentVersion);

}
