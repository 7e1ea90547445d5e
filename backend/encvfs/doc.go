// Package encvfs is a page-encrypting SQLite VFS for modernc.org/sqlite.
//
// It is a "shim" around SQLite's built-in unix VFS, written in Go against the
// transpiled C API that modernc.org/sqlite/lib exports (sqlite3_vfs_register,
// Tsqlite3_vfs, Tsqlite3_io_methods, Tsqlite3_file). Method slots of those
// structs are uintptrs holding Go func values, which is how modernc fills them
// itself; see cabi.go.
//
// Usage: Register a VFS under a unique name with a 32-byte data key, then open
// the database with database/sql driver "sqlite" and "?vfs=NAME" in the DSN.
// Close every connection before Unregister.
//
// # On-disk format
//
// The page size is fixed at PageSize (4096). R = Cipher.Reserve() is SQLite's
// "reserved bytes per page" (header byte 20): 32 for AES-256-GCM (16-byte tag,
// 12-byte nonce, 4 zero bytes) and 40 for XChaCha20-Poly1305 (16 + 24).
//
//	main DB page  : [ ciphertext of bytes 0..4096-R ][ tag ][ nonce ][ zero pad ]
//	                AAD = 'D' || page number (uint64, big endian)
//	rollback jrnl : page images (4096 bytes at offset%8 == 4) sealed the same
//	                way, AAD = 'J' || file offset; headers, page numbers and
//	                checksums stay plaintext
//	WAL           : the page part of every frame sealed, AAD = 'W' || frame
//	                offset; WAL and frame headers stay plaintext
//	temp files    : AES-256-CTR under a random per-file key, counter = offset/16
//	super-journal : plaintext (it holds file names only)
//
// SQLite never touches the reserved tail of a page, so nonce and tag live there
// and the file is page-for-page the size of a plaintext one. SQLite only honours
// a reserve size it reads from page 1, so a new (empty) database file is
// initialised with an encrypted empty page 1 that already declares R; see
// EmptyPage1. Page 1 headers with another page size or reserve are refused
// with an I/O error (PRAGMA page_size changes fail, data stays intact).
//
// What it does not protect against: rolling a file (or a page) back to an older
// copy of itself; a connection opened on the same file with another VFS (never
// expose raw SQL: ATTACH or VACUUM INTO with ?vfs=unix writes plaintext).
// WAL frame checksums are SQLite's own, over plaintext, and are stored in the
// plaintext frame headers. Random 96-bit GCM nonces are safe for about 2^32
// page writes per key: rotate the key long before, or use XChaCha20-Poly1305.
package encvfs

// PageSize is the only page size the VFS accepts, in bytes.
const PageSize = 4096
