using Anchor.Ledger.Storage.Sqlite;

namespace Anchor.Indexer.Storage.Sqlite;

/// <summary>
/// The indexer's tables in the shared SQLite file, migrated as component "indexer". Append a
/// migration to change them; never edit a shipped one. Hashes are BLOBs, addresses EIP-55 text
/// (as the ledger's publishers.address), sizes and block numbers INTEGER, times Unix seconds.
/// </summary>
internal static class IndexSchema
{
    public const string Component = "indexer";

    public static readonly SqliteMigration[] Migrations =
    [
        new(1, "progress, reorg window, anchors, recalls, alliance membership, batch→anchor map", """
            -- One row: which chain and contracts are indexed and how far. Written in the same
            -- transaction as the data of every step.
            CREATE TABLE indexer_progress (
                id                INTEGER PRIMARY KEY CHECK (id = 1),
                chain_id          INTEGER NOT NULL,
                genesis_hash      BLOB    NOT NULL,
                anchor_registry   TEXT    NOT NULL,
                recall_registry   TEXT    NOT NULL,
                alliance_registry TEXT    NOT NULL,
                first_block       INTEGER NOT NULL,
                block_number      INTEGER,          -- the last final block indexed; NULL before the first
                block_hash        BLOB,
                head_number       INTEGER,          -- the head seen by the last step
                updated_at        TEXT    NOT NULL,
                last_error        TEXT,
                last_error_at     TEXT,
                reorgs            INTEGER NOT NULL DEFAULT 0,
                last_reorg        TEXT,
                resets            INTEGER NOT NULL DEFAULT 0,
                last_reset        TEXT
            );

            -- The reorg window: hashes of the latest indexed blocks.
            CREATE TABLE indexer_blocks (
                number INTEGER PRIMARY KEY,
                hash   BLOB    NOT NULL
            ) WITHOUT ROWID;

            -- Anchored events of final blocks. mapping: matched, root_mismatch, ledger_behind, not_our_ledger.
            -- A rowid table: a catch-up appends thousands of rows, in rowid order rather than at
            -- random places in a B-tree keyed by transaction hash.
            CREATE TABLE indexer_anchors (
                id               INTEGER PRIMARY KEY,
                tx_hash          BLOB    NOT NULL,
                log_index        INTEGER NOT NULL,
                publisher        TEXT    NOT NULL,
                previous_size    INTEGER NOT NULL,
                size             INTEGER NOT NULL,
                root             BLOB    NOT NULL,
                block_number     INTEGER NOT NULL,
                block_hash       BLOB    NOT NULL,
                block_time       INTEGER NOT NULL,
                mapping          TEXT    NOT NULL,
                ledger_publisher TEXT,
                ledger_root      BLOB,
                UNIQUE (tx_hash, log_index)
            );
            CREATE INDEX indexer_anchors_by_publisher ON indexer_anchors (publisher, size);
            CREATE INDEX indexer_anchors_by_block ON indexer_anchors (block_number);
            CREATE INDEX indexer_anchors_unmapped ON indexer_anchors (publisher, size) WHERE mapping IN ('ledger_behind', 'not_our_ledger');

            -- Anchored events of blocks not yet final: replaced wholesale by every step.
            CREATE TABLE indexer_provisional_anchors (
                tx_hash          BLOB    NOT NULL,
                log_index        INTEGER NOT NULL,
                publisher        TEXT    NOT NULL,
                previous_size    INTEGER NOT NULL,
                size             INTEGER NOT NULL,
                root             BLOB    NOT NULL,
                block_number     INTEGER NOT NULL,
                block_hash       BLOB    NOT NULL,
                block_time       INTEGER NOT NULL,
                mapping          TEXT    NOT NULL,
                ledger_publisher TEXT,
                ledger_root      BLOB,
                PRIMARY KEY (tx_hash, log_index)
            ) WITHOUT ROWID;

            CREATE TABLE indexer_recalls (
                tx_hash      BLOB    NOT NULL,
                log_index    INTEGER NOT NULL,
                publisher    TEXT    NOT NULL,
                batch_key    BLOB    NOT NULL,
                reason       TEXT    NOT NULL,
                block_number INTEGER NOT NULL,
                block_hash   BLOB    NOT NULL,
                block_time   INTEGER NOT NULL,
                PRIMARY KEY (tx_hash, log_index)
            ) WITHOUT ROWID;
            CREATE INDEX indexer_recalls_by_batch ON indexer_recalls (batch_key);
            CREATE INDEX indexer_recalls_by_block ON indexer_recalls (block_number);

            -- MemberAdmitted/Updated/Removed events; the roll is folded from them in chain order,
            -- so a rollback is a plain delete.
            CREATE TABLE indexer_membership_changes (
                tx_hash      BLOB    NOT NULL,
                log_index    INTEGER NOT NULL,
                publisher    TEXT    NOT NULL,
                kind         TEXT    NOT NULL CHECK (kind IN ('admitted', 'updated', 'removed')),
                name         TEXT,
                metadata_uri TEXT,
                block_number INTEGER NOT NULL,
                block_hash   BLOB    NOT NULL,
                block_time   INTEGER NOT NULL,
                PRIMARY KEY (tx_hash, log_index)
            ) WITHOUT ROWID;
            CREATE INDEX indexer_membership_by_publisher ON indexer_membership_changes (publisher, block_number, log_index);
            CREATE INDEX indexer_membership_by_block ON indexer_membership_changes (block_number);

            -- The batch→anchor map: per (batch, anchor), the batch's entries the anchor covered first.
            CREATE TABLE indexer_batch_anchors (
                publisher        TEXT    NOT NULL,
                batch_key        BLOB    NOT NULL,
                anchor_tx_hash   BLOB    NOT NULL,
                anchor_log_index INTEGER NOT NULL,
                gtin             TEXT    NOT NULL,
                lot              TEXT    NOT NULL,
                block_number     INTEGER NOT NULL,
                first_entry      INTEGER NOT NULL,
                last_entry       INTEGER NOT NULL,
                entries          INTEGER NOT NULL,
                PRIMARY KEY (publisher, batch_key, anchor_tx_hash, anchor_log_index),
                FOREIGN KEY (anchor_tx_hash, anchor_log_index) REFERENCES indexer_anchors (tx_hash, log_index) ON DELETE CASCADE
            ) WITHOUT ROWID;
            CREATE INDEX indexer_batch_anchors_by_anchor ON indexer_batch_anchors (anchor_tx_hash, anchor_log_index);
            CREATE INDEX indexer_batch_anchors_by_block ON indexer_batch_anchors (block_number);
            """),
    ];
}
