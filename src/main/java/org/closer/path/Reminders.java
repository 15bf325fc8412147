package org.closer.path;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.Uid;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The calendar file a session offers (RFC 5545): one all-day event a week from today whose words name
 * nothing, neither the site nor what it is about, and which holds no link, because calendars are often
 * synced and shared; its identifier is random, tied to nothing.
 */
@Component
class Reminders {

	/** The pace the path suggests: a week between sessions. */
	private static final int DAYS_BETWEEN = 7;

	private final Clock clock;

	private final MessageSource messages;

	Reminders(Clock clock, MessageSource messages) {
		this.clock = clock;
		this.messages = messages;
	}

	/** The calendar file, as text, for a week from today in the site's time zone. */
	String aWeekFromToday() {
		LocalDate day = LocalDate.now(this.clock).plusDays(DAYS_BETWEEN);
		VEvent event = new VEvent();
		event.setUid(Uid.random());
		event.setDateTimeStamp(Date.from(this.clock.instant()));
		event.setSummary(message("path.reminder.title"));
		event.setDescription(message("path.reminder.text"));
		event.setDateStart(new DateStart(allDay(day), false));
		event.setDateEnd(new DateEnd(allDay(day.plusDays(1)), false));
		ICalendar calendar = new ICalendar();
		calendar.addEvent(event);
		return Biweekly.write(calendar).go();
	}

	/** The day as the library takes a date without a time: its start in the zone the library writes it in. */
	private static Date allDay(LocalDate day) {
		return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
	}

	private String message(String code) {
		return this.messages.getMessage(code, null, Locale.ENGLISH);
	}

}
