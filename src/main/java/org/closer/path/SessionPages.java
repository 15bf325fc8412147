package org.closer.path;

import java.util.List;
import java.util.Optional;

import org.closer.fis.Attempt;
import org.closer.fis.Instrument;
import org.closer.fis.QuestionnaireService;
import org.closer.fis.ResultKey;
import org.closer.fis.ResultNotFoundException;
import org.closer.fis.Scoring;
import org.closer.fis.StoredHistory;
import org.closer.fis.web.ChangeReader;
import org.closer.fis.web.WeighedItem;
import org.closer.learn.Conversations;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

/**
 * What a session's page shows for one link besides its text: the first session the statements that
 * weighed most, the middle ones their questions to talk about, the last one the change since the path
 * began, read as the result page reads a change; every one whether it is done.
 */
@Component
class SessionPages {

	/** How many statements that weighed most the first session names. */
	private static final int WEIGHED = 3;

	private final QuestionnaireService questionnaire;

	private final Instrument instrument;

	private final Scoring scoring;

	private final Paths paths;

	private final Sessions sessions;

	private final Conversations conversations;

	private final ObjectProvider<ChangeReader> readers;

	SessionPages(QuestionnaireService questionnaire, Instrument instrument, Scoring scoring, Paths paths,
			Sessions sessions, Conversations conversations, ObjectProvider<ChangeReader> readers) {
		this.questionnaire = questionnaire;
		this.instrument = instrument;
		this.scoring = scoring;
		this.paths = paths;
		this.sessions = sessions;
		this.conversations = conversations;
		this.readers = readers;
	}

	/** Puts the session's page for the link into the model, reading it in one transaction. */
	@Transactional(readOnly = true)
	void describe(ResultKey key, Session session, Model model) {
		Progress progress = this.paths.standing(key).orElseThrow(ResultNotFoundException::new);
		model.addAttribute("key", key.toString());
		model.addAttribute("pathSession", session);
		model.addAttribute("sessions", this.sessions.all());
		model.addAttribute("done", progress.done(session.number()).orElse(null));
		if (session.first()) {
			model.addAttribute("instrument", this.instrument);
			model.addAttribute("weighed", WeighedItem.ranked(this.instrument, latest(key)).subList(0, WEIGHED));
		}
		if (session.topic() != null) {
			model.addAttribute("questions", this.conversations.questions(session.topic()));
		}
		if (session.last()) {
			model.addAttribute("back", lookBack(key, latest(key), progress));
		}
	}

	private Attempt latest(ResultKey key) {
		return this.questionnaire.find(key).map(StoredHistory::latest).orElseThrow(ResultNotFoundException::new);
	}

	private LookingBack lookBack(ResultKey key, Attempt latest, Progress progress) {
		Optional<Attempt> from = (progress.started() && latest.number() > progress.startedFrom())
				? this.questionnaire.attempt(key.hash(), progress.startedFrom()) : Optional.empty();
		ChangeReader.ChangeMeaning meaning = from
			.flatMap((start) -> Optional.ofNullable(this.readers.getIfAvailable())
				.flatMap((reader) -> reader.read(latest.total() - start.total())))
			.orElse(null);
		return new LookingBack(from.orElse(null), latest, meaning, this.scoring.suggestsCounseling(latest.total()),
				this.scoring.counselingThreshold(), CheckInChart.of(progress.checkIns()), progress.checkIns());
	}

	/**
	 * The last session's look back.
	 *
	 * @param from the attempt the path started from, when a newer one has been taken since; else null
	 * @param latest the latest attempt
	 * @param meaning what the change means, when the scale's noise is known; else null
	 * @param counseling whether the latest total is one from which counseling is suggested
	 * @param threshold that total
	 * @param chart the check-ins as a line
	 * @param checkIns the check-ins, for the table
	 */
	public record LookingBack(Attempt from, Attempt latest, ChangeReader.ChangeMeaning meaning, boolean counseling,
			int threshold, CheckInChart chart, List<Progress.Done> checkIns) {

		/** The change in total since the path started. */
		public int change() {
			return this.latest.total() - this.from.total();
		}

	}

}
