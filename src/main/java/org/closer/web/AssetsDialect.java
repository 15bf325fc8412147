package org.closer.web;

import java.util.Set;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import org.springframework.stereotype.Component;

/** Lets every template write {@code ${#assets.url('/assets/site.css')}} for an asset's hashed URL. */
@Component
class AssetsDialect extends AbstractDialect implements IExpressionObjectDialect {

	private static final String NAME = "assets";

	private final AssetUrls assets;

	AssetsDialect(AssetUrls assets) {
		super("Closer assets");
		this.assets = assets;
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of(NAME);
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				return AssetsDialect.this.assets;
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}

		};
	}

}
