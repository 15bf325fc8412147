package org.closer.production;

import java.net.http.HttpResponse;

import org.closer.CloserApplication;
import org.closer.support.Answers;
import org.closer.support.FormSession;
import org.closer.support.SiteClient;
import org.closer.web.SiteSecurity;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** Two instances over one database: no visitor state lives in either, so any request can go to either. */
class TwoInstancesIT {

	private static final String[] SHARED_DATABASE = { "--server.port=0",
			"--spring.datasource.url=jdbc:h2:mem:two-instances;DB_CLOSE_DELAY=-1", "--closer.rate-limit.per-minute=0" };

	private static ConfigurableApplicationContext instanceA;

	private static ConfigurableApplicationContext instanceB;

	@BeforeAll
	static void startTwoInstances() {
		instanceA = new SpringApplicationBuilder(CloserApplication.class).run(SHARED_DATABASE);
		instanceB = new SpringApplicationBuilder(CloserApplication.class).run(SHARED_DATABASE);
	}

	@AfterAll
	static void stopThem() {
		instanceA.close();
		instanceB.close();
	}

	@Test
	void shouldAcceptOnOneInstanceAFormServedByTheOtherAndShowTheResultOnEither() {
		SiteClient a = client(instanceA);
		SiteClient b = client(instanceB);
		assertThat(a.base()).isNotEqualTo(b.base());

		FormSession fromA = FormSession.open(a);
		HttpResponse<String> storedByB = fromA.submit(b, Answers.forTotal(131), true);

		assertThat(storedByB.statusCode()).isEqualTo(303);
		String result = storedByB.headers().firstValue("Location").orElseThrow();
		HttpResponse<String> openedOnA = a.get(result);
		assertThat(openedOnA.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(openedOnA.body()).getElementById("fis-total").attr("value")).isEqualTo("131");
		assertThat(storedByB.headers().allValues("Set-Cookie")).noneMatch((cookie) -> cookie.contains("JSESSIONID"));
		assertThat(openedOnA.headers().allValues("Set-Cookie")).as("only the security cookie of its forms")
			.allMatch((cookie) -> cookie.startsWith(SiteSecurity.CSRF_COOKIE + "="));

		FormSession fromB = FormSession.open(b);
		assertThat(fromB.post(a, result + "/delete", "").statusCode()).isEqualTo(303);
		assertThat(b.get(result).statusCode()).isEqualTo(404);
	}

	private static SiteClient client(ConfigurableApplicationContext instance) {
		return new SiteClient(Integer.parseInt(instance.getEnvironment().getProperty("local.server.port")));
	}

}
