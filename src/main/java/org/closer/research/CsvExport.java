package org.closer.research;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

import org.closer.fis.ConsentingResponses;
import org.closer.fis.Instrument;

/**
 * Writes the consenting responses as RFC 4180 CSV: a header row, then one row per response with a
 * running response number (not the database id), the version, the date, the 35 answers, the total,
 * and the series and attempt that tie the attempts of one history together. Every value is a number,
 * a date or a version of {@code [a-z0-9.-]}, so none needs quoting.
 */
final class CsvExport {

	private static final String CRLF = "\r\n";

	private CsvExport() {
	}

	/** The header row's columns, in order. */
	static String header() {
		StringBuilder header = new StringBuilder("response,instrument_version,submitted_on");
		for (int item = 1; item <= Instrument.ITEM_COUNT; item++) {
			header.append(",q").append(item);
		}
		return header.append(",total,series,attempt").toString();
	}

	/** Streams every consenting response to the writer. */
	static void write(ConsentingResponses responses, Writer out) {
		try {
			out.write(header());
			out.write(CRLF);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		long[] number = { 0 };
		StringBuilder row = new StringBuilder(160);
		responses.forEach((response) -> {
			row.setLength(0);
			row.append(++number[0]).append(',').append(response.instrumentVersion()).append(',')
				.append(response.submittedOn());
			for (int answer : response.answers()) {
				row.append(',').append(answer);
			}
			row.append(',').append(response.total()).append(',').append(response.series()).append(',')
				.append(response.attempt()).append(CRLF);
			try {
				out.append(row);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

}
