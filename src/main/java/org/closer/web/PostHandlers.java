package org.closer.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The paths whose handlers take a POST, read once from the controllers' own mappings: which ones there
 * are, so that a body sent anywhere else is refused before anyone waits for it, and which of them are
 * {@link NeverLimited}.
 */
@Component
public class PostHandlers {

	private final RequestMappingHandlerMapping mappings;

	private volatile Paths paths;

	PostHandlers(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
		this.mappings = mappings;
	}

	/** Whether a handler takes a POST to the request's path. */
	public boolean takePost(HttpServletRequest request) {
		return matches(paths().all(), request);
	}

	/** Whether the POST goes to a step the submission allowance never holds back. */
	public boolean neverLimited(HttpServletRequest request) {
		return matches(paths().neverLimited(), request);
	}

	private static boolean matches(List<PathPattern> patterns, HttpServletRequest request) {
		PathContainer path = PathContainer.parsePath(request.getRequestURI());
		return patterns.stream().anyMatch((pattern) -> pattern.matches(path));
	}

	/** Read on first use: the mappings are complete once the application serves requests. */
	private Paths paths() {
		Paths read = this.paths;
		if (read == null) {
			Map<RequestMappingInfo, HandlerMethod> handlers = this.mappings.getHandlerMethods();
			List<Map.Entry<RequestMappingInfo, HandlerMethod>> posts = handlers.entrySet()
				.stream()
				.filter((handler) -> handler.getKey().getMethodsCondition().getMethods().contains(RequestMethod.POST))
				.toList();
			read = new Paths(patterns(posts), patterns(posts.stream()
				.filter((handler) -> handler.getValue().hasMethodAnnotation(NeverLimited.class))
				.toList()));
			this.paths = read;
		}
		return read;
	}

	private static List<PathPattern> patterns(List<Map.Entry<RequestMappingInfo, HandlerMethod>> handlers) {
		return handlers.stream()
			.flatMap((handler) -> handler.getKey().getPathPatternsCondition().getPatterns().stream())
			.toList();
	}

	/**
	 * The patterns of the POST handlers.
	 *
	 * @param all every one
	 * @param neverLimited those the allowance never holds back
	 */
	private record Paths(List<PathPattern> all, List<PathPattern> neverLimited) {
	}

}
