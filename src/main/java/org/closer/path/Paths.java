package org.closer.path;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.closer.fis.QuestionnaireService;
import org.closer.fis.ResultDeleted;
import org.closer.fis.ResultKey;
import org.closer.fis.ResultNotFoundException;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starting the path and marking its sessions done or not done on a link, each change once: they wait
 * on the history's lock with every other change to it, and a link whose history is gone has no path.
 */
@Service
class Paths {

	/**
	 * Where a link stands, in one query: a row per session done, or one row without a session when none
	 * is, and no row before the path starts. Plain SQL, since every result page asks it and the same
	 * question as an entity query cost about twice as much.
	 */
	private static final String STANDING = """
			select p.started_from, d.session, d.done_on, d.closeness
			from fis_path p left join fis_path_session d on d.key_hash = p.key_hash
			where p.key_hash = ?""";

	private static final ResultSetExtractor<Progress> PROGRESS = Paths::progress;

	private final QuestionnaireService questionnaire;

	private final StartedPathRepository started;

	private final DoneSessionRepository done;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	Paths(QuestionnaireService questionnaire, StartedPathRepository started, DoneSessionRepository done,
			JdbcTemplate jdbc, Clock clock) {
		this.questionnaire = questionnaire;
		this.started = started;
		this.done = done;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Where the link stands; {@link Progress#NOT_STARTED} before it starts. */
	Progress progress(ResultKey key) {
		return this.jdbc.query(STANDING, PROGRESS, key.hash());
	}

	/**
	 * Where the link stands, or empty when it opens no history; a link on the path has one, since
	 * deleting the history removes the path, so only a link not on it is looked up.
	 */
	@Transactional(readOnly = true)
	Optional<Progress> standing(ResultKey key) {
		Progress progress = progress(key);
		if (progress.started() || this.questionnaire.find(key).isPresent()) {
			return Optional.of(progress);
		}
		return Optional.empty();
	}

	/** Starts the path from the link's latest attempt; starting again changes nothing. */
	@Transactional
	void start(ResultKey key) {
		hold(key);
		if (!this.started.existsById(key.hash())) {
			int latest = this.questionnaire.find(key).orElseThrow(ResultNotFoundException::new).latest().number();
			this.started.saveAndFlush(new StartedPath(key.hash(), latest));
		}
	}

	/** Marks a session done today with the check-in, if any, starting the path if need be; once only. */
	@Transactional
	void markDone(ResultKey key, int session, Integer closeness) {
		start(key);
		if (!this.done.existsByKeyHashAndSession(key.hash(), session)) {
			this.done.save(new DoneSession(key.hash(), session, LocalDate.now(this.clock), closeness));
		}
	}

	/** Marks a session not done again, forgetting its day and check-in. */
	@Transactional
	void undo(ResultKey key, int session) {
		hold(key);
		this.done.deleteDone(key.hash(), session);
	}

	/** Deleting a result removes its path, in the same transaction. */
	@EventListener
	void forget(ResultDeleted deleted) {
		this.done.deleteAllDone(deleted.keyHash());
		this.started.deleteById(deleted.keyHash());
	}

	private static Progress progress(ResultSet rows) throws SQLException {
		int startedFrom = 0;
		Map<Integer, Progress.Done> done = new HashMap<>();
		while (rows.next()) {
			startedFrom = rows.getInt("started_from");
			Integer session = rows.getObject("session", Integer.class);
			if (session != null) {
				done.put(session, new Progress.Done(session, rows.getObject("done_on", LocalDate.class),
						rows.getObject("closeness", Integer.class)));
			}
		}
		return new Progress(startedFrom, done);
	}

	private void hold(ResultKey key) {
		if (!this.questionnaire.hold(key)) {
			throw new ResultNotFoundException();
		}
	}

}
