package backup

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"time"

	"fieldvault/backend/apperr"
)

// FormatVersion is the manifest format this code writes and the newest it
// reads.
const FormatVersion = 1

// Table is the manifest table inside a backup.
const Table = "fieldvault_backup"

// timeFormat is how created_at is written (as the audit log writes times).
const timeFormat = "2006-01-02T15:04:05.000Z07:00"

// Manifest is what a backup says about itself (see the package doc for the
// rows it is stored as).
type Manifest struct {
	Format        int
	CreatedAt     time.Time
	CreatedBy     string
	AppVersion    string
	WorkspaceID   string
	WorkspaceName string
	SchemaVersion int
	Cipher        string
	Pages         int64
	AuditSeq      int64
	AuditHash     []byte
	Counts        map[string]int64
	KeyFile       []byte // JSON
	MAC           []byte
}

// rows returns the manifest as the table's rows, mac included when set.
func (m *Manifest) rows() (map[string]string, error) {
	counts, err := json.Marshal(m.Counts) // map keys come out sorted
	if err != nil {
		return nil, err
	}
	var kf any
	if err := json.Unmarshal(m.KeyFile, &kf); err != nil {
		return nil, fmt.Errorf("backup: the key file is not JSON: %w", err)
	}
	r := map[string]string{
		"format":         strconv.Itoa(m.Format),
		"created_at":     m.CreatedAt.UTC().Format(timeFormat),
		"created_by":     m.CreatedBy,
		"app_version":    m.AppVersion,
		"workspace_id":   m.WorkspaceID,
		"workspace_name": m.WorkspaceName,
		"schema_version": strconv.Itoa(m.SchemaVersion),
		"cipher":         m.Cipher,
		"pages":          strconv.FormatInt(m.Pages, 10),
		"audit_seq":      strconv.FormatInt(m.AuditSeq, 10),
		"audit_hash":     hex.EncodeToString(m.AuditHash),
		"counts":         string(counts),
		"key_file":       string(m.KeyFile),
	}
	if m.MAC != nil {
		r["mac"] = hex.EncodeToString(m.MAC)
	}
	return r, nil
}

// ManifestBytes is what the MAC covers: every row but "mac", sorted by
// key, each as key, value and their lengths, so no two manifests encode
// alike. Rows a newer version adds are covered too.
func ManifestBytes(rows map[string]string) []byte {
	var b bytes.Buffer
	b.WriteString("fieldvault-backup-manifest\n")
	for _, k := range slices.Sorted(maps.Keys(rows)) {
		if k == "mac" {
			continue
		}
		fmt.Fprintf(&b, "%d:%s=%d:%s\n", len(k), k, len(rows[k]), rows[k])
	}
	return b.Bytes()
}

// Bytes returns ManifestBytes of m.
func (m *Manifest) Bytes() ([]byte, error) {
	r, err := m.rows()
	if err != nil {
		return nil, err
	}
	return ManifestBytes(r), nil
}

// writeManifest creates the manifest table in db and fills it.
func writeManifest(ctx context.Context, db *sql.DB, m *Manifest) error {
	r, err := m.rows()
	if err != nil {
		return err
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `CREATE TABLE `+Table+` (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) STRICT`); err != nil {
		return err
	}
	for _, k := range slices.Sorted(maps.Keys(r)) {
		if _, err := tx.ExecContext(ctx, `INSERT INTO `+Table+`(key, value) VALUES (?, ?)`, k, r[k]); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// readManifest reads and parses the manifest table of db. It returns the
// manifest and the raw rows (for ManifestBytes). Errors: CodeInvalid "not
// a FieldVault backup" when the table is missing or a row is malformed;
// CodeConflict when a newer FieldVault wrote it.
func readManifest(ctx context.Context, db *sql.DB) (Manifest, map[string]string, error) {
	var m Manifest
	notOurs := func(why string) (Manifest, map[string]string, error) {
		return m, nil, apperr.New(apperr.CodeInvalid, "This is not a FieldVault backup: %s.", why)
	}
	rs, err := db.QueryContext(ctx, `SELECT key, value FROM `+Table)
	if err != nil {
		return notOurs("it has no " + Table + " table")
	}
	defer rs.Close()
	r := map[string]string{}
	for rs.Next() {
		var k, v string
		if err := rs.Scan(&k, &v); err != nil {
			return notOurs("its " + Table + " table is malformed")
		}
		r[k] = v
	}
	if err := rs.Err(); err != nil {
		return m, nil, err
	}
	ints := map[string]*int64{"pages": &m.Pages, "audit_seq": &m.AuditSeq}
	for k, p := range ints {
		n, err := strconv.ParseInt(r[k], 10, 64)
		if err != nil || n < 0 {
			return notOurs("the manifest's " + k + " is missing or malformed")
		}
		*p = n
	}
	if m.Format, err = strconv.Atoi(r["format"]); err != nil || m.Format < 1 {
		return notOurs("the manifest has no format version")
	}
	if m.Format > FormatVersion {
		return m, nil, apperr.New(apperr.CodeConflict, "This backup was made by a newer FieldVault (backup format %d): update FieldVault to restore it.", m.Format)
	}
	if m.SchemaVersion, err = strconv.Atoi(r["schema_version"]); err != nil {
		return notOurs("the manifest's schema_version is malformed")
	}
	if m.CreatedAt, err = time.Parse(timeFormat, r["created_at"]); err != nil {
		return notOurs("the manifest's created_at is malformed")
	}
	if m.AuditHash, err = hex.DecodeString(r["audit_hash"]); err != nil {
		return notOurs("the manifest's audit_hash is malformed")
	}
	if m.MAC, err = hex.DecodeString(r["mac"]); err != nil || len(m.MAC) == 0 {
		return notOurs("the manifest is not authenticated")
	}
	if err := json.Unmarshal([]byte(r["counts"]), &m.Counts); err != nil {
		return notOurs("the manifest's counts are malformed")
	}
	if !json.Valid([]byte(r["key_file"])) {
		return notOurs("the manifest carries no key file")
	}
	m.KeyFile = []byte(r["key_file"])
	m.CreatedBy, m.AppVersion, m.WorkspaceID = r["created_by"], r["app_version"], r["workspace_id"]
	m.WorkspaceName, m.Cipher = r["workspace_name"], r["cipher"]
	return m, r, nil
}
