package org.closer.fis;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.closer.support.Answers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Responses that arrive together share one commit on the real schema, every caller returns only
 * after its row is committed, and a failed commit fails everyone in it and nobody after it.
 */
@DataJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class GroupCommitTest {

	private static final Instrument INSTRUMENT = new InstrumentLoader().load(FisConfiguration.INSTRUMENT_FILE);

	private static final Scoring SCORING = new Scoring(INSTRUMENT, new FisProperties.Bands(70, 105, 140));

	@Autowired
	private FisResponseRepository responses;

	@Autowired
	private PlatformTransactionManager transactionManager;

	@Autowired
	private JdbcTemplate jdbc;

	private final AtomicInteger commits = new AtomicInteger();

	private final CountDownLatch firstCommitMayEnd = new CountDownLatch(1);

	private GroupCommit groupCommit;

	@BeforeEach
	void countCommitsAndHoldTheFirst() {
		TransactionTemplate real = new TransactionTemplate(this.transactionManager);
		TransactionOperations counted = new TransactionOperations() {
			@Override
			public <T> T execute(TransactionCallback<T> action) {
				if (GroupCommitTest.this.commits.getAndIncrement() == 0) {
					await(GroupCommitTest.this.firstCommitMayEnd);
				}
				return real.execute(action);
			}
		};
		this.groupCommit = new GroupCommit(this.responses, counted);
	}

	@AfterEach
	void emptyTheTable() {
		this.jdbc.update("delete from fis_response");
	}

	@Test
	void shouldStoreEveryResponseOfACrowdInAFewCommits() throws Exception {
		int crowd = 24;
		ExecutorService callers = Executors.newFixedThreadPool(crowd);
		List<Future<?>> stored = new ArrayList<>();
		List<String> hashes = new ArrayList<>();
		for (int i = 0; i < crowd; i++) {
			FisResponse response = response(INSTRUMENT.version(), hashes::add);
			stored.add(callers.submit(() -> this.groupCommit.store(response)));
		}
		// The first caller commits alone while the others queue up behind it.
		Thread.sleep(300);
		assertThat(stored).noneMatch(Future::isDone);
		this.firstCommitMayEnd.countDown();
		for (Future<?> each : stored) {
			each.get(10, TimeUnit.SECONDS);
		}
		callers.shutdown();

		assertThat(this.jdbc.queryForList("select key_hash from fis_response", String.class))
			.containsExactlyInAnyOrderElementsOf(hashes);
		assertThat(this.commits.get()).as("commits for %d responses", crowd).isBetween(2, 3);
	}

	@Test
	void shouldFailOnlyTheCallerWhoseRowCannotBeStored() throws Exception {
		ExecutorService callers = Executors.newFixedThreadPool(3);
		List<String> hashes = new ArrayList<>();
		FisResponse first = response(INSTRUMENT.version(), hashes::add);
		Future<?> firstStored = callers.submit(() -> this.groupCommit.store(first));
		Thread.sleep(100);
		FisResponse tooLong = response("v".repeat(41), (hash) -> {
		});
		Future<?> refused = callers.submit(() -> this.groupCommit.store(tooLong));
		FisResponse beside = response(INSTRUMENT.version(), hashes::add);
		Future<?> besideStored = callers.submit(() -> this.groupCommit.store(beside));
		Thread.sleep(300);
		this.firstCommitMayEnd.countDown();

		firstStored.get(10, TimeUnit.SECONDS);
		besideStored.get(10, TimeUnit.SECONDS);
		assertThatThrownBy(() -> refused.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(RuntimeException.class);
		this.groupCommit.store(response(INSTRUMENT.version(), hashes::add));
		callers.shutdown();

		assertThat(this.jdbc.queryForList("select key_hash from fis_response", String.class))
			.containsExactlyInAnyOrderElementsOf(hashes);
		assertThat(this.jdbc.queryForList("select instrument_version from fis_response", String.class))
			.containsOnly(INSTRUMENT.version());
	}

	private static FisResponse response(String version, Consumer<String> hashes) {
		ResultKey key = ResultKey.generate(new SecureRandom());
		hashes.accept(key.hash());
		List<Integer> answers = Answers.forTotal(100);
		return new FisResponse(key, version, answers, SCORING.score(answers), true, LocalDate.of(2026, 11, 26));
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
