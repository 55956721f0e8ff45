namespace Anchor.Ledger.Storage.Sqlite;

/// <summary>The ledger's tables. Append a migration to change them; never edit a shipped one.</summary>
internal static class LedgerSchema
{
    public const string Component = "ledger";

    public static readonly SqliteMigration[] Migrations =
    [
        new(1, "publishers, entries and tree nodes", """
            CREATE TABLE publishers (
                id         INTEGER PRIMARY KEY,
                name       TEXT    NOT NULL UNIQUE,
                size       INTEGER NOT NULL DEFAULT 0,
                created_at TEXT    NOT NULL
            );

            -- One row per log entry. The leaf hash doubles as the tree's level-0 node.
            CREATE TABLE entries (
                publisher_id  INTEGER NOT NULL REFERENCES publishers (id),
                leaf_index    INTEGER NOT NULL,
                event_hash_id TEXT    NOT NULL,
                -- An error declaration keeps the hash ID of the event it retracts (CBV 2.0), so the
                -- declaration time is part of an entry's identity: '' for an ordinary event.
                declared_at   TEXT    NOT NULL DEFAULT '',
                gtin          TEXT    NOT NULL,
                lot           TEXT    NOT NULL,
                batch_key     BLOB    NOT NULL,
                event_type    TEXT    NOT NULL,
                event_time    TEXT    NOT NULL,
                salt          BLOB    NOT NULL,
                event_bytes   BLOB    NOT NULL,
                leaf_hash     BLOB    NOT NULL,
                source        TEXT    NOT NULL,
                ingested_at   TEXT    NOT NULL,
                PRIMARY KEY (publisher_id, leaf_index)
            ) WITHOUT ROWID;
            CREATE UNIQUE INDEX entries_by_event ON entries (publisher_id, event_hash_id, declared_at);
            CREATE INDEX entries_by_batch ON entries (publisher_id, batch_key, leaf_index);

            -- Perfect subtrees above the leaves, keyed by NodeId.StorageKey (level, then index).
            CREATE TABLE nodes (
                publisher_id INTEGER NOT NULL REFERENCES publishers (id),
                node_key     INTEGER NOT NULL,
                hash         BLOB    NOT NULL,
                PRIMARY KEY (publisher_id, node_key)
            ) WITHOUT ROWID;
            """),
        new(2, "the chain address each publisher anchors from", """
            ALTER TABLE publishers ADD COLUMN address TEXT;
            CREATE UNIQUE INDEX publishers_by_address ON publishers (address) WHERE address IS NOT NULL;
            """),
    ];
}
