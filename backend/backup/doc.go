// Package backup makes and restores workspace backups: a consistent
// snapshot of the encrypted database, age-encrypted (filippo.io/age) to one
// or more recipients — age X25519 keys, SSH keys (ssh-ed25519, ssh-rsa) —
// or to a passphrase.
//
// # The file
//
// A backup is an age file. `age -d` with a recipient's key (or the
// passphrase) yields a plain SQLite database: the workspace's tables as of
// one read transaction, with 4096-byte pages whose header still declares
// the page cipher's reserved bytes (zero-filled; any SQLite opens it), in
// rollback-journal mode, plus one table, fieldvault_backup (key TEXT
// PRIMARY KEY, value TEXT), the manifest:
//
//	format          "1"
//	created_at      RFC 3339, UTC, ms
//	created_by      the user name of the administrator who made it
//	app_version     FieldVault's version
//	workspace_id    from the key file
//	workspace_name  from the meta table
//	schema_version  the last migration applied
//	cipher          the page cipher ("AES-256-GCM", ...)
//	pages           pages in the snapshot (before the manifest)
//	audit_seq       the last audit entry's seq (0: empty log)
//	audit_hash      its hash, hex
//	counts          JSON object: rows per table (records, users, audit log)
//	key_file        the key file JSON without keychain slots
//	mac             hex HMAC-SHA256 over the other rows (ManifestBytes)
//	                under a key derived from the data key
//
// The decrypted file is a transfer of the whole workspace in plaintext to a
// trusted recipient, by design: whoever holds a recipient's key reads
// everything, including the users' password hashes and the audit log.
//
// # Never plaintext on disk
//
// The snapshot is taken with SQLite's online backup API from a read
// connection of the live store, inside one read transaction (so concurrent
// writes neither change nor restart it), into a temporary file in the
// workspace folder sealed by a separate encvfs registration under a random
// key that exists only in memory. PlainCopy then decrypts it page by page
// straight into the age writer. A restore does the reverse: age → EncryptCopy
// into a temporary file under a random key → the manifest is read and
// dropped → vault.Restore unwraps the data key from the carried key file
// with the secret given and reseals every page under the workspace's page
// key. Memory stays constant in the database size.
//
// # Restore checks
//
// The restored workspace keeps its data key, so its audit chain verifies:
// Restore verifies every entry and checkpoint, requires the chain to end at
// the manifest's audit head (a cut tail or a swapped log fails), the row
// counts to match, the manifest's MAC to hold and SQLite's integrity check
// to pass. Anything else and the new folder is left without a trace of the
// workspace. What the MAC cannot give: age is not a signature, so a
// recipient who edits record rows (not the audit log) and keeps the counts
// is not caught; the restore's audit entry and the verified chain say what
// the log recorded, not that every record is as it was.
package backup
