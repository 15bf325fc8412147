package org.closer.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Gives templates the content-hashed URL of a static asset ({@code ${#assets.url('/assets/site.css')}}),
 * resolving each asset once and remembering it, so a page render never walks the resource chain.
 */
@Component
public class AssetUrls {

	private final ResourceUrlProvider resourceUrls;

	private final Map<String, String> resolved = new ConcurrentHashMap<>();

	AssetUrls(ResourceUrlProvider resourceUrls) {
		this.resourceUrls = resourceUrls;
	}

	/** The hashed URL of the asset at the given path; fails loudly for an asset that does not exist. */
	public String url(String path) {
		return this.resolved.computeIfAbsent(path, this::resolve);
	}

	private String resolve(String path) {
		String url = this.resourceUrls.getForLookupPath(path);
		if (url == null || url.equals(path)) {
			throw new IllegalArgumentException("No static asset at " + path);
		}
		return url;
	}

}
