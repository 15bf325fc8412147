package org.closer.web;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

import org.springframework.util.DigestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Asset URLs carry the hash of the file's bytes, without a running application behind them. */
class AssetUrlsTest {

	private final AssetUrls assets = new AssetUrls();

	@Test
	void shouldNameAnAssetAfterTheHashOfItsContent() throws IOException {
		String hash;
		try (InputStream css = getClass().getResourceAsStream("/static/assets/site.css")) {
			hash = DigestUtils.md5DigestAsHex(css);
		}

		assertThat(this.assets.url("/assets/site.css")).isEqualTo("/assets/site-" + hash + ".css");
	}

	@Test
	void shouldRefuseAnAssetThatDoesNotExist() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.assets.url("/assets/missing.css"));
		assertThatIllegalArgumentException().isThrownBy(() -> this.assets.url("/robots.txt"));
	}

}
