package org.closer.web;

import java.time.Clock;

import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application, in UTC, so dates, rate limits and scheduled tasks can be tested at
 * any time: Spring's task scheduler reads it too.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	ThreadPoolTaskSchedulerCustomizer schedulerClock(Clock clock) {
		return (scheduler) -> scheduler.setClock(clock);
	}

}
