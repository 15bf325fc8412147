-- A private link may hold several attempts: the rows of one history share their key hash and are
-- numbered 1, 2, ... in the order they were given. Every stored row becomes attempt 1 of its own
-- history, so every existing link keeps working and shows its single attempt; the default keeps an
-- instance of the previous version, still running during an upgrade, storing first attempts.
ALTER TABLE fis_response ADD COLUMN attempt INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE fis_response DROP CONSTRAINT fis_response_key_hash_unique;
ALTER TABLE fis_response ADD CONSTRAINT fis_response_key_hash_attempt_unique UNIQUE (key_hash, attempt);
ALTER TABLE fis_response ADD CONSTRAINT fis_response_attempt_positive CHECK (attempt >= 1);

-- The statistics count each history once, by its first attempt.
DROP INDEX fis_response_consent_total;
CREATE INDEX fis_response_first_consent_total ON fis_response (instrument_version, research_consent, attempt, total);
