package org.closer.research;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.closer.fis.ConsentingResponses;
import org.closer.fis.Instrument;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The researcher's pages: the codebook and the CSV of every consenting response. */
@Controller
@ResearchEnabled
class ResearchController {

	static final String CODEBOOK_VIEW = "research/codebook";

	static final String CSV_PATH = "/research/responses.csv";

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final ConsentingResponses responses;

	private final Instrument instrument;

	ResearchController(ConsentingResponses responses, Instrument instrument) {
		this.responses = responses;
		this.instrument = instrument;
	}

	@GetMapping("/research")
	String codebook(Model model) {
		model.addAttribute("instrument", this.instrument);
		model.addAttribute("csvPath", CSV_PATH);
		return CODEBOOK_VIEW;
	}

	/** Streams straight to the response, synchronously, so no async time-out cuts a long export short. */
	@GetMapping(CSV_PATH)
	void responses(HttpServletResponse response) throws IOException {
		response.setContentType(CSV.toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("closer-fis-responses.csv").build().toString());
		Writer writer = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8),
				64 * 1024);
		CsvExport.write(this.responses, writer);
		writer.flush();
	}

}
