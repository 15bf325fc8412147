package org.closer.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The paths whose handlers take a POST, read once from the controllers' own mappings: which ones there
 * are, so that a body sent anywhere else is refused before anyone waits for it, which of them are
 * {@link NeverLimited}, and on which page each form is found again ({@link FormPage}).
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
		return matches(paths().pages().keySet(), request);
	}

	/** Whether the POST goes to a step the submission allowance never holds back. */
	public boolean neverLimited(HttpServletRequest request) {
		return matches(paths().neverLimited(), request);
	}

	/** The page that holds the form the request was posted from, if a handler takes it. */
	public Optional<String> formPage(HttpServletRequest request) {
		PathContainer path = PathContainer.parsePath(request.getRequestURI());
		for (Map.Entry<PathPattern, String> form : paths().pages().entrySet()) {
			PathPattern.PathMatchInfo match = form.getKey().matchAndExtract(path);
			if (match != null) {
				return Optional.of(UriComponentsBuilder.fromPath(form.getValue())
					.buildAndExpand(match.getUriVariables())
					.encode()
					.toUriString());
			}
		}
		return Optional.empty();
	}

	private static boolean matches(Collection<PathPattern> patterns, HttpServletRequest request) {
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
			Map<PathPattern, String> pages = new LinkedHashMap<>();
			for (Map.Entry<RequestMappingInfo, HandlerMethod> post : posts) {
				FormPage page = post.getValue().getMethodAnnotation(FormPage.class);
				for (PathPattern pattern : post.getKey().getPathPatternsCondition().getPatterns()) {
					pages.put(pattern, (page != null) ? page.value() : pattern.getPatternString());
				}
			}
			read = new Paths(pages, patterns(posts.stream()
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
	 * @param pages each one with the page that holds its form
	 * @param neverLimited those the allowance never holds back
	 */
	private record Paths(Map<PathPattern, String> pages, List<PathPattern> neverLimited) {
	}

}
