package org.closer.path;

import java.nio.charset.StandardCharsets;

import org.closer.fis.ResultKey;
import org.closer.fis.ResultNotFoundException;
import org.closer.web.FormPage;
import org.closer.web.SeeOther;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;

/**
 * A session of the path on a private link, open in any order: its page, marking it done with the
 * optional check-in or not done again, and a calendar file for a week later that names nothing.
 */
@Controller
class SessionController {

	static final String SESSION = PathController.PATH + "/{session}";

	private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final Sessions sessions;

	private final SessionPages pages;

	private final Paths paths;

	private final Reminders reminders;

	SessionController(Sessions sessions, SessionPages pages, Paths paths, Reminders reminders) {
		this.sessions = sessions;
		this.pages = pages;
		this.paths = paths;
		this.reminders = reminders;
	}

	@GetMapping(SESSION)
	String session(@PathVariable ResultKey key, @PathVariable String session, Model model) {
		this.pages.describe(key, find(session), model);
		return "path/session";
	}

	@FormPage(SESSION)
	@PostMapping(SESSION + "/done")
	View done(@PathVariable ResultKey key, @PathVariable String session,
			@RequestParam MultiValueMap<String, String> fields) {
		Session done = find(session);
		this.paths.markDone(key, done.number(), PathForm.readCheckIn(fields));
		return SeeOther.to(PathController.PATH, key);
	}

	@FormPage(SESSION)
	@PostMapping(SESSION + "/undo")
	View undo(@PathVariable ResultKey key, @PathVariable String session,
			@RequestParam MultiValueMap<String, String> fields) {
		Session undone = find(session);
		PathForm.readEmpty(fields);
		this.paths.undo(key, undone.number());
		return SeeOther.to(SESSION, key, undone.number());
	}

	@GetMapping(SESSION + "/reminder.ics")
	ResponseEntity<String> reminder(@PathVariable ResultKey key, @PathVariable String session) {
		find(session);
		this.paths.standing(key).orElseThrow(ResultNotFoundException::new);
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("reminder.ics").build().toString())
			.body(this.reminders.aWeekFromToday());
	}

	private Session find(String session) {
		return this.sessions.find(session).orElseThrow(ResultNotFoundException::new);
	}

}
