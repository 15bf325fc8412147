package org.closer.path;

import java.util.Optional;

import org.closer.fis.web.ResultSection;
import org.closer.fis.web.ShownResult;

import org.springframework.stereotype.Component;

/** The result page's section on the path: a way to start it, or where the link stands and a way to it. */
@Component
class PathSection implements ResultSection {

	private final Paths paths;

	private final Sessions sessions;

	PathSection(Paths paths, Sessions sessions) {
		this.paths = paths;
		this.sessions = sessions;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public String template() {
		return "path/section";
	}

	@Override
	public Optional<?> model(ShownResult result) {
		Progress progress = this.paths.progress(result.key());
		Session next = progress.next().map(this.sessions::get).orElse(null);
		return Optional.of(new PathStanding(result.key().toString(), progress, next));
	}

	/**
	 * Where a link stands on the path, as its result page shows it.
	 *
	 * @param key the private key, for the section's links
	 * @param progress the sessions done
	 * @param next the first session not done, or null when all are
	 */
	public record PathStanding(String key, Progress progress, Session next) {
	}

}
