package org.closer.web.body;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.closer.web.PlainAnswers;
import org.closer.web.PostHandlers;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * Ahead of everything, lets a request go on only once its body has arrived whole, so that no worker
 * thread ever waits for a client. A request without a body goes on at once. A body nobody would read
 * (any method but POST, a path that takes no POST, not a form) or one larger than the cap is refused
 * before any of it is read, and the connection is closed after the answer. A form's body is read as it
 * arrives, holding no thread ({@link BodyReading}), and the request goes on with it in a dispatch of
 * its own ({@link BodyRequest}).
 */
final class WholeBodyFilter extends HttpFilter {

	private final PostHandlers forms;

	private final RequestProperties properties;

	private final BodyAnswers answers;

	WholeBodyFilter(PostHandlers forms, RequestProperties properties, BodyAnswers answers) {
		this.forms = forms;
		this.properties = properties;
		this.answers = answers;
	}

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (request.getAttribute(BodyReading.BODY) instanceof byte[] body) {
			goOnWith(request, body, response, chain);
			return;
		}
		long declared = request.getContentLengthLong();
		if (declared <= 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) == null) {
			chain.doFilter(request, response);
			return;
		}
		if (declared > this.properties.maxBody().toBytes()) {
			refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return;
		}
		if (!HttpMethod.POST.matches(request.getMethod()) || !isForm(request) || !this.forms.takePost(request)) {
			refuse(request, response, HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		if (!BodyReading.start(request, this.properties, this.answers)) {
			// A mock of the Servlet API holds the whole body and its fields already.
			chain.doFilter(request, response);
		}
	}

	/** Goes on with the whole body; a body that is no form the site could send is the friendly 400. */
	private static void goOnWith(HttpServletRequest request, byte[] body, HttpServletResponse response,
			FilterChain chain) throws IOException, ServletException {
		BodyRequest whole;
		try {
			whole = new BodyRequest(request, body);
		}
		catch (IllegalArgumentException malformed) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		chain.doFilter(whole, response);
	}

	/**
	 * Answers at once, leaving the body unread, and closes the connection. The answer is asynchronous
	 * because only then does the container close the connection without first reading, on a worker
	 * thread, the body it was told to expect.
	 */
	private void refuse(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
		AsyncContext async = request.startAsync();
		response.setHeader(HttpHeaders.CONNECTION, "close");
		PlainAnswers.send(request, response, status, this.answers.sentence(status));
		async.complete();
	}

	private static boolean isForm(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
	}

}
