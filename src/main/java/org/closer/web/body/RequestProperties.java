package org.closer.web.body;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much a request body may hold and how long it may take to arrive.
 *
 * @param bodyDeadline how long a form's body may take to arrive whole before its sender gets 408 and
 * the connection is closed
 * @param maxBody the largest body accepted, larger than any of the site's forms can send (the
 * questionnaire sends under 1 KB)
 */
@ConfigurationProperties("closer.request")
public record RequestProperties(@DefaultValue("10s") Duration bodyDeadline, @DefaultValue("8KB") DataSize maxBody) {

	public RequestProperties {
		if (bodyDeadline.isNegative() || bodyDeadline.isZero() || bodyDeadline.compareTo(Duration.ofMinutes(1)) > 0) {
			throw new IllegalArgumentException("closer.request.body-deadline must be above 0 and at most 1 minute");
		}
		if (maxBody.toBytes() < 1024 || maxBody.toBytes() > 1024 * 1024) {
			throw new IllegalArgumentException("closer.request.max-body must be between 1KB and 1MB");
		}
	}

}
