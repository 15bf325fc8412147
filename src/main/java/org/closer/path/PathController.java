package org.closer.path;

import org.closer.fis.ResultKey;
import org.closer.fis.ResultNotFoundException;
import org.closer.fis.web.ResultSection;
import org.closer.web.FormPage;
import org.closer.web.SeeOther;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;

/**
 * The path page of a private link, private like the result: the six sessions and where the link stands
 * on each, the check-ins, and what is stored; and starting the path, which changes nothing the second time.
 */
@Controller
class PathController {

	static final String PATH = ResultSection.PAGE + "/path";

	private final Paths paths;

	private final Sessions sessions;

	PathController(Paths paths, Sessions sessions) {
		this.paths = paths;
		this.sessions = sessions;
	}

	@GetMapping(PATH)
	String path(@PathVariable ResultKey key, Model model) {
		Progress progress = this.paths.standing(key).orElseThrow(ResultNotFoundException::new);
		model.addAttribute("key", key.toString());
		model.addAttribute("sessions", this.sessions.all());
		model.addAttribute("progress", progress);
		model.addAttribute("checkInChart", CheckInChart.of(progress.checkIns()));
		return "path/path";
	}

	@FormPage(ResultSection.PAGE)
	@PostMapping(PATH)
	View start(@PathVariable ResultKey key, @RequestParam MultiValueMap<String, String> fields) {
		PathForm.readEmpty(fields);
		this.paths.start(key);
		return SeeOther.to(PATH, key);
	}

}
