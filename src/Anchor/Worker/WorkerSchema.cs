using Anchor.Ledger.Storage.Sqlite;

namespace Anchor.Worker;

/// <summary>The anchoring worker's tables, beside the ledger's in the same SQLite file.</summary>
internal static class WorkerSchema
{
    public const string Component = "worker";

    public static readonly SqliteMigration[] Migrations =
    [
        new(1, "anchor intents, their signed transactions, confirmed anchors and status", """
            -- An intent is one anchor the worker means to make: persisted, with its signed
            -- transaction, before anything is broadcast, and driven to an end from there.
            CREATE TABLE anchor_intents (
                id           INTEGER PRIMARY KEY,
                publisher_id INTEGER NOT NULL REFERENCES publishers (id),
                chain_id     INTEGER NOT NULL,
                registry     TEXT    NOT NULL,
                from_size    INTEGER NOT NULL,
                to_size      INTEGER NOT NULL,
                to_root      BLOB    NOT NULL,
                nonce        INTEGER NOT NULL,
                state        TEXT    NOT NULL CHECK (state IN ('pending', 'confirmed', 'failed', 'abandoned')),
                reason       TEXT,
                created_at   TEXT    NOT NULL,
                updated_at   TEXT    NOT NULL
            );
            CREATE UNIQUE INDEX one_pending_intent_per_publisher ON anchor_intents (publisher_id) WHERE state = 'pending';

            -- Every transaction signed for an intent: the first and each fee-bumped replacement.
            -- Whichever is mined wins.
            CREATE TABLE anchor_transactions (
                hash                     BLOB    PRIMARY KEY,
                intent_id                INTEGER NOT NULL REFERENCES anchor_intents (id),
                raw                      BLOB    NOT NULL,
                max_fee_per_gas          TEXT    NOT NULL,
                max_priority_fee_per_gas TEXT    NOT NULL,
                created_at               TEXT    NOT NULL,
                last_broadcast_at        TEXT
            );
            CREATE INDEX anchor_transactions_by_intent ON anchor_transactions (intent_id, created_at);

            CREATE TABLE anchors (
                intent_id        INTEGER PRIMARY KEY REFERENCES anchor_intents (id),
                publisher_id     INTEGER NOT NULL REFERENCES publishers (id),
                size             INTEGER NOT NULL,
                root             BLOB    NOT NULL,
                transaction_hash BLOB    NOT NULL,
                block_number     INTEGER NOT NULL,
                block_hash       BLOB    NOT NULL,
                block_time       TEXT    NOT NULL,
                gas_used         INTEGER NOT NULL,
                recorded_at      TEXT    NOT NULL
            );
            CREATE INDEX anchors_by_publisher ON anchors (publisher_id, size);

            CREATE TABLE worker_status (
                publisher_id         INTEGER PRIMARY KEY REFERENCES publishers (id),
                last_cycle_at        TEXT,
                last_success_at      TEXT,
                last_error           TEXT,
                last_error_at        TEXT,
                consecutive_failures INTEGER NOT NULL DEFAULT 0
            );
            """),
    ];
}
