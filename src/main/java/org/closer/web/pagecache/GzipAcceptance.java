package org.closer.web.pagecache;

import java.util.Locale;

/**
 * Whether a browser takes a gzipped page, read from its {@code Accept-Encoding} with the weights it
 * gives (RFC 9110): {@code gzip;q=0} refuses gzip, {@code *} stands for any coding not named.
 */
final class GzipAcceptance {

	private GzipAcceptance() {
	}

	/** Whether the header accepts gzip: named with a weight above zero, or covered by a {@code *} that is. */
	static boolean accepts(String acceptEncoding) {
		if (acceptEncoding == null) {
			return false;
		}
		Double gzip = null;
		Double any = null;
		for (String coding : acceptEncoding.split(",")) {
			String[] parts = coding.split(";");
			String name = parts[0].trim().toLowerCase(Locale.ROOT);
			double weight = weight(parts);
			if ("gzip".equals(name) || "x-gzip".equals(name)) {
				gzip = weight;
			}
			else if ("*".equals(name)) {
				any = weight;
			}
		}
		return (gzip != null) ? gzip > 0 : any != null && any > 0;
	}

	/** The weight of a coding: its {@code q} parameter, 1 without one, 0 for one that cannot be read. */
	private static double weight(String[] parts) {
		for (int i = 1; i < parts.length; i++) {
			String parameter = parts[i].trim().toLowerCase(Locale.ROOT);
			if (parameter.startsWith("q=")) {
				try {
					return Double.parseDouble(parameter.substring(2));
				}
				catch (NumberFormatException unreadable) {
					return 0;
				}
			}
		}
		return 1;
	}

}
