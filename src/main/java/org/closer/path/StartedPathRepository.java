package org.closer.path;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The links that started the path, by their key hash. */
interface StartedPathRepository extends JpaRepository<StartedPath, String> {

	/**
	 * Where a link stands, in one query since every result page asks: a row per session done, or a
	 * single row without a session when none is; no row when the path has not started.
	 */
	@Query("""
			select new org.closer.path.StartedPathRepository$Standing(p.startedFrom, d.session, d.doneOn, d.closeness)
			from StartedPath p left join DoneSession d on d.keyHash = p.keyHash
			where p.keyHash = :keyHash""")
	List<Standing> findStanding(String keyHash);

	/**
	 * One row of a link's standing.
	 *
	 * @param startedFrom the attempt the path started from
	 * @param session a session done, or null when none is
	 * @param doneOn the day it was marked done, or null
	 * @param closeness its check-in, or null
	 */
	record Standing(int startedFrom, Integer session, LocalDate doneOn, Integer closeness) {
	}

}
