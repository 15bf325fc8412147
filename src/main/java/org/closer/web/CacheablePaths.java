package org.closer.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The URL patterns of the handlers marked {@link CachedPage}, read once from Spring MVC's mappings,
 * so the page cache only ever holds back the output of requests that may become cached pages, and
 * never a download or a stream.
 */
class CacheablePaths {

	private final ObjectProvider<RequestMappingHandlerMapping> mappings;

	private volatile List<PathPattern> patterns;

	/** Takes the mappings lazily: the filter exists before Spring MVC has mapped anything. */
	CacheablePaths(ObjectProvider<RequestMappingHandlerMapping> mappings) {
		this.mappings = mappings;
	}

	/** Whether a request path could be answered by a handler marked {@link CachedPage}. */
	boolean mayBeCached(String path) {
		PathContainer container = PathContainer.parsePath(path);
		for (PathPattern pattern : patterns()) {
			if (pattern.matches(container)) {
				return true;
			}
		}
		return false;
	}

	private List<PathPattern> patterns() {
		List<PathPattern> known = this.patterns;
		if (known == null) {
			List<PathPattern> found = new ArrayList<>();
			this.mappings.getObject().getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod method) -> {
				if (method.hasMethodAnnotation(CachedPage.class) && info.getPathPatternsCondition() != null) {
					found.addAll(info.getPathPatternsCondition().getPatterns());
				}
			});
			known = List.copyOf(found);
			this.patterns = known;
		}
		return known;
	}

}
