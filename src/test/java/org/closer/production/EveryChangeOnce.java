package org.closer.production;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.closer.fis.ResultKey;
import org.closer.support.Answers;
import org.closer.support.FormSession;
import org.closer.support.SiteClient;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every state change happens once under real concurrency: requests released together against a real
 * port, each from a thread of its own, for each database the site runs on. Retakes of one link take
 * numbers in turn; of many answers, shares, invitations or choices at once, the database lets exactly
 * the right ones through.
 */
abstract class EveryChangeOnce {

	private static final int AT_ONCE = 4;

	@Autowired
	private SiteClient site;

	@Autowired
	private JdbcTemplate jdbc;

	private FormSession form;

	@BeforeEach
	void openAForm() {
		this.form = FormSession.open(this.site);
	}

	@Test
	void shouldNumberRetakesOfOneLinkSentAtOnceInTurn() {
		String link = submit();

		List<Integer> statuses = atOnce(() -> post(link + "/again", Answers.formBody(Answers.all(2))));

		assertThat(statuses).containsOnly(303);
		assertThat(this.jdbc.queryForList("select attempt from fis_response where key_hash = ? order by attempt",
				Integer.class, hash(link))).containsExactly(1, 2, 3, 4, 5);
	}

	@Test
	void shouldDeleteEveryAttemptEvenWhenARetakeComesAtTheSameMoment() {
		for (int round = 0; round < 3; round++) {
			String link = submit();

			List<Integer> statuses = atOnce(List.of(() -> post(link + "/again", Answers.formBody(Answers.all(2))),
					() -> post(link + "/delete", ""), () -> post(link + "/again", Answers.formBody(Answers.all(4))),
					() -> post(link + "/again", Answers.formBody(Answers.all(5)))));

			assertThat(statuses).as("retakes and a delete").isSubsetOf(303, 404).contains(303);
			assertThat(count("select count(*) from fis_response where key_hash = ?", hash(link))).as("nothing left")
				.isZero();
			assertThat(this.site.get(link).statusCode()).isEqualTo(404);
		}
	}

	@Test
	void shouldEitherTakeAnAnswerOrCancelTheInvitationWhenBothComeAtOnce() {
		for (int round = 0; round < 3; round++) {
			String inviter = submit();
			String token = invite(inviter);

			List<Integer> statuses = atOnce(List.of(
					() -> post("/together/" + token + "/questions", Answers.formBody(Answers.all(4))),
					() -> post(inviter + "/partner/cancel", ""),
					() -> post("/together/" + token + "/questions", Answers.formBody(Answers.all(2))),
					() -> post("/together/" + token + "/questions", Answers.formBody(Answers.all(5)))));

			assertThat(statuses).as("answers and a cancel").isSubsetOf(303, 404).contains(303);
			assertThat(count("select count(*) from fis_pairing where inviter_key_hash = ?", hash(inviter))).isZero();
		}
	}

	@Test
	void shouldKeepEveryAnswerThroughOneInvitationAndStillMakeOnePairing() {
		String inviter = submit();
		String token = invite(inviter);

		List<Integer> statuses = atOnce(() -> post("/together/" + token + "/questions", Answers.formBody(Answers.all(4))));

		assertThat(statuses).containsOnly(303);
		assertThat(count("select count(*) from fis_pairing_reply r join fis_pairing p on p.id = r.pairing_id "
				+ "where p.inviter_key_hash = ?", hash(inviter))).isEqualTo(AT_ONCE);
		assertThat(count("select count(*) from fis_pairing where inviter_key_hash = ?", hash(inviter))).isOne();
	}

	@Test
	void shouldLetOnlyTheFirstOfManySharesThroughOneInvitationTakeIt() {
		String inviter = submit();
		String token = invite(inviter);
		List<String> replies = new ArrayList<>();
		for (int i = 0; i < AT_ONCE; i++) {
			replies.add(location(this.form.post(this.site, "/together/" + token + "/questions",
					Answers.formBody(Answers.all(4)))));
		}

		List<Integer> statuses = atOnce(replies.stream().map((reply) -> (Supplier<Integer>) () -> post(reply + "/partner/share", "")).toList());

		assertThat(statuses).containsOnlyOnce(303).containsOnly(303, 409);
		assertThat(this.jdbc.queryForObject("select state from fis_pairing where inviter_key_hash = ?", String.class,
				hash(inviter))).isEqualTo("AGREED");
		assertThat(count("select count(*) from fis_pairing_reply r join fis_pairing p on p.id = r.pairing_id "
				+ "where p.inviter_key_hash = ?", hash(inviter))).isZero();
	}

	@Test
	void shouldMakeOneInvitationOfManySentAtOnceFromOneResult() {
		String inviter = submit();

		List<Integer> statuses = atOnce(() -> post(inviter + "/partner", ""));

		assertThat(statuses).containsOnlyOnce(200).containsOnly(200, 409);
		assertThat(count("select count(*) from fis_pairing where inviter_key_hash = ?", hash(inviter))).isOne();
	}

	@Test
	void shouldTakeOneOfTheChoicesMadeAtOnceAboutOneReply() {
		String reply = location(this.form.post(this.site, "/together/" + invite(submit()) + "/questions",
				Answers.formBody(Answers.all(4))));

		List<Integer> statuses = atOnce(List.of(() -> post(reply + "/partner/share", ""),
				() -> post(reply + "/partner/decline", ""), () -> post(reply + "/partner/share", ""),
				() -> post(reply + "/partner/decline", "")));

		assertThat(statuses).as("share, decline, share, decline").containsOnlyOnce(303).containsOnly(303, 409);
		assertThat(count("select count(*) from fis_pairing_reply where key_hash = ?", hash(reply))).isZero();
	}

	@Test
	void shouldEitherShareOrCancelWhenBothComeAtOnce() {
		String inviter = submit();
		String reply = location(this.form.post(this.site, "/together/" + invite(inviter) + "/questions",
				Answers.formBody(Answers.all(4))));

		List<Integer> statuses = atOnce(List.of(() -> post(reply + "/partner/share", ""),
				() -> post(inviter + "/partner/cancel", ""), () -> post(reply + "/partner/share", ""),
				() -> post(inviter + "/partner/cancel", "")));

		assertThat(statuses).as("share, cancel, share, cancel").containsOnlyOnce(303).containsOnly(303, 409);
	}

	@Test
	void shouldEndAComparisonOnceWhenBothEndItAtOnce() {
		String inviter = submit();
		String partner = location(this.form.post(this.site, "/together/" + invite(inviter) + "/questions",
				Answers.formBody(Answers.all(4))));
		assertThat(post(partner + "/partner/share", "")).isEqualTo(303);
		assertThat(post(inviter + "/partner/confirm", "")).isEqualTo(303);

		List<Integer> statuses = atOnce(List.of(() -> post(inviter + "/compare/withdraw", ""),
				() -> post(partner + "/compare/withdraw", ""), () -> post(inviter + "/compare/withdraw", ""),
				() -> post(partner + "/compare/withdraw", "")));

		assertThat(statuses).containsOnlyOnce(303).containsOnly(303, 409);
		assertThat(count("select count(*) from fis_pairing where inviter_key_hash = ?", hash(inviter))).isZero();
	}

	private List<Integer> atOnce(Supplier<Integer> request) {
		List<Supplier<Integer>> requests = new ArrayList<>();
		for (int i = 0; i < AT_ONCE; i++) {
			requests.add(request);
		}
		return atOnce(requests);
	}

	/** Sends the requests from threads of their own, released together once all are ready. */
	private static List<Integer> atOnce(List<Supplier<Integer>> requests) {
		ExecutorService threads = Executors.newFixedThreadPool(requests.size());
		CountDownLatch ready = new CountDownLatch(requests.size());
		CountDownLatch go = new CountDownLatch(1);
		try {
			List<CompletableFuture<Integer>> sent = requests.stream()
				.map((request) -> CompletableFuture.supplyAsync(() -> {
					ready.countDown();
					await(go);
					return request.get();
				}, threads))
				.toList();
			assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
			go.countDown();
			return sent.stream().map(CompletableFuture::join).toList();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private String submit() {
		return location(this.form.submit(this.site, Answers.all(3), false));
	}

	private String invite(String result) {
		HttpResponse<String> invited = this.form.post(this.site, result + "/partner", "");
		String link = Jsoup.parse(invited.body()).selectFirst("a#invite-link").attr("href");
		return link.substring(link.lastIndexOf('/') + 1);
	}

	private int post(String path, String body) {
		return this.form.post(this.site, path, body).statusCode();
	}

	private int count(String sql, Object... arguments) {
		return this.jdbc.queryForObject(sql, Integer.class, arguments);
	}

	private static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElseThrow();
	}

	private static String hash(String link) {
		return ResultKey.parse(link.substring(link.lastIndexOf('/') + 1)).orElseThrow().hash();
	}

}
