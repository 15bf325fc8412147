package org.closer.research;

import org.closer.web.SiteSecurity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Puts {@code /research/**} behind HTTP Basic with the configured researcher's BCrypt hash; every
 * failed login is the same 401, whether or not the user name exists.
 */
@Configuration(proxyBeanMethods = false)
@ResearchEnabled
class ResearchSecurityConfiguration {

	static final String REALM = "Closer research";

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain researchSecurity(HttpSecurity http, ResearchProperties properties) {
		InMemoryUserDetailsManager researchers = new InMemoryUserDetailsManager(
				User.withUsername(properties.username()).password(properties.passwordHash()).build());
		DaoAuthenticationProvider login = new DaoAuthenticationProvider(researchers);
		login.setPasswordEncoder(new BCryptPasswordEncoder());
		SiteSecurity.applyDefaults(http)
			.securityMatcher("/research/**", "/research")
			.authenticationManager(new ProviderManager(login))
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.httpBasic((basic) -> basic.realmName(REALM));
		return http.build();
	}

}
