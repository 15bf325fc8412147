package org.closer.web.body;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A form request whose body has arrived whole: the body and its fields are served from memory, so
 * nothing after this reads from the connection. It goes on as the request it was, not as the
 * asynchronous dispatch that carries it, so that every filter treats it as one.
 */
final class BodyRequest extends HttpServletRequestWrapper {

	private final byte[] body;

	private final Map<String, String[]> parameters;

	/**
	 * The request with its whole body.
	 * @throws IllegalArgumentException when the body is not a form the site could have sent
	 */
	BodyRequest(HttpServletRequest request, byte[] body) {
		super(request);
		this.body = body;
		this.parameters = Collections.unmodifiableMap(parameters(request.getQueryString(), body));
	}

	/** The fields of the query string and then of the body, each name with its values in order. */
	private static Map<String, String[]> parameters(String query, byte[] body) {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		for (String encoded : new String[] { query, new String(body, StandardCharsets.US_ASCII) }) {
			if (encoded == null || encoded.isEmpty()) {
				continue;
			}
			for (String field : encoded.split("&")) {
				if (!field.isEmpty()) {
					int equals = field.indexOf('=');
					String name = decode((equals < 0) ? field : field.substring(0, equals));
					String value = (equals < 0) ? "" : decode(field.substring(equals + 1));
					fields.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value);
				}
			}
		}
		Map<String, String[]> parameters = new LinkedHashMap<>();
		fields.forEach((name, values) -> parameters.put(name, values.toArray(String[]::new)));
		return parameters;
	}

	/** A form-encoded name or value, as UTF-8. */
	private static String decode(String encoded) {
		return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
	}

	@Override
	public DispatcherType getDispatcherType() {
		return DispatcherType.REQUEST;
	}

	@Override
	public String getParameter(String name) {
		String[] values = this.parameters.get(name);
		return (values != null) ? values[0] : null;
	}

	@Override
	public Map<String, String[]> getParameterMap() {
		return this.parameters;
	}

	@Override
	public Enumeration<String> getParameterNames() {
		return Collections.enumeration(this.parameters.keySet());
	}

	@Override
	public String[] getParameterValues(String name) {
		String[] values = this.parameters.get(name);
		return (values != null) ? values.clone() : null;
	}

	@Override
	public ServletInputStream getInputStream() {
		ByteArrayInputStream in = new ByteArrayInputStream(this.body);
		return new ServletInputStream() {

			@Override
			public int read() {
				return in.read();
			}

			@Override
			public boolean isFinished() {
				return in.available() == 0;
			}

			@Override
			public boolean isReady() {
				return true;
			}

			@Override
			public void setReadListener(ReadListener listener) {
				throw new IllegalStateException("The body has already been read");
			}

		};
	}

	@Override
	public BufferedReader getReader() {
		return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
	}

}
