package org.closer.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ContentVersionStrategy;

/**
 * Gives templates the content-hashed URL of a static asset ({@code ${@assetUrls.url('/assets/site.css')}}),
 * hashed from the file with the strategy its resource handler serves it by, once per asset. It needs
 * nothing from Spring MVC's handler mappings, so a page is right from the first request, even one that
 * arrives while the application is still finishing its start.
 */
@Component
public class AssetUrls {

	private final ResourceLoader files = new DefaultResourceLoader();

	private final ContentVersionStrategy versions = new ContentVersionStrategy();

	private final Map<String, String> resolved = new ConcurrentHashMap<>();

	/** The hashed URL of the asset at the given path; fails loudly for an asset that does not exist. */
	public String url(String path) {
		return this.resolved.computeIfAbsent(path, this::resolve);
	}

	private String resolve(String path) {
		if (!path.startsWith(StaticResourceConfiguration.ASSETS_URL)) {
			throw new IllegalArgumentException("Not an asset path: " + path);
		}
		String name = path.substring(StaticResourceConfiguration.ASSETS_URL.length());
		Resource file = this.files.getResource(StaticResourceConfiguration.ASSETS_LOCATION + name);
		if (!file.isReadable()) {
			throw new IllegalArgumentException("No static asset at " + path);
		}
		return this.versions.addVersion(path, this.versions.getResourceVersion(file));
	}

}
