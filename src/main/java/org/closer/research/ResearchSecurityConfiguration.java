package org.closer.research;

import java.time.Clock;

import io.github.bucket4j.Bandwidth;
import org.closer.web.AddressAllowance;
import org.closer.web.SiteSecurity;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

/**
 * Puts {@code /research/**} behind HTTP Basic with the configured researcher's BCrypt hash: every
 * failed login is the same 401, whether or not the user name exists; guessing is throttled per address
 * ({@link LoginThrottleFilter}) and password checks are capped ({@link CappedLogin}).
 */
@Configuration(proxyBeanMethods = false)
@ResearchEnabled
class ResearchSecurityConfiguration {

	static final String REALM = "Closer research";

	private static final String[] PATHS = { "/research", "/research/*" };

	/** Of the configured hash's cost, which the placeholder for an unknown user name is hashed with too. */
	@Bean
	PasswordEncoder researchPasswords(ResearchProperties properties) {
		return new BCryptPasswordEncoder(properties.passwordCost());
	}

	@Bean
	SlowRefusals loginRefusals(TaskScheduler scheduler) {
		return new SlowRefusals(scheduler);
	}

	/** Ahead of everything, so that a refused guess costs next to nothing. */
	@Bean
	FilterRegistrationBean<LoginThrottleFilter> loginThrottle(ResearchProperties properties, SlowRefusals loginRefusals,
			Clock clock) {
		Bandwidth failures = Bandwidth.builder()
			.capacity(properties.maxFailures())
			.refillIntervally(properties.maxFailures(), properties.failureWindow())
			.build();
		FilterRegistrationBean<LoginThrottleFilter> registration = new FilterRegistrationBean<>(
				new LoginThrottleFilter(new AddressAllowance(failures, clock), loginRefusals));
		registration.addUrlPatterns(PATHS);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain researchSecurity(HttpSecurity http, ResearchProperties properties,
			PasswordEncoder researchPasswords, SlowRefusals loginRefusals) {
		InMemoryUserDetailsManager researchers = new InMemoryUserDetailsManager(
				User.withUsername(properties.username()).password(properties.passwordHash()).build());
		DaoAuthenticationProvider login = new DaoAuthenticationProvider(researchers);
		login.setPasswordEncoder(researchPasswords);
		SiteSecurity.applyDefaults(http)
			.securityMatcher("/research/**", "/research")
			.authenticationManager(new ProviderManager(new CappedLogin(login, properties.concurrentChecks())))
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.httpBasic((basic) -> basic.authenticationEntryPoint(challengeOrWait(loginRefusals)));
		return http.build();
	}

	/** The Basic challenge for a missing or wrong password; a 429 for an attempt refused while every check was busy. */
	private static AuthenticationEntryPoint challengeOrWait(SlowRefusals refusals) {
		BasicAuthenticationEntryPoint challenge = new BasicAuthenticationEntryPoint();
		challenge.setRealmName(REALM);
		return (request, response, failure) -> {
			if (failure instanceof CappedLogin.Busy) {
				refusals.refuse(request, CappedLogin.BUSY);
			}
			else {
				challenge.commence(request, response, failure);
			}
		};
	}

}
