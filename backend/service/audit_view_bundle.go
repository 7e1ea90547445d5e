package service

import (
	"io"
	"path/filepath"
	"strconv"
	"time"

	"fieldvault/backend/audit"
	"fieldvault/backend/auditbundle"
	"fieldvault/backend/model"
)

// newSink opens the export's writer on out.
func (s *AuditService) newSink(j *job, req model.AuditExportRequest, sc exportScope, out io.Writer) (exportSink, error) {
	now := s.core.now()
	if req.Format == FormatBundle {
		m := auditbundle.Manifest{WorkspaceID: sc.workspaceID, Query: req.Query, PublicKey: sc.publicKey,
			Exporter: auditbundle.Exporter{UserID: j.actor.UserID, Username: j.actor.Username, Role: j.actor.RoleName}}
		return &bundleSink{w: auditbundle.NewWriter(out), m: m, at: now}, nil
	}
	summary := [][2]string{{"Exported by", j.actor.Username + " (" + j.actor.RoleName + ")"}, {"Exported at", exportTime(now)},
		{"Entries", itoa64(sc.total)}, {"Filters", filterSummary(req.Query)}}
	for _, f := range [][2]string{{"From", req.Query.From}, {"To", req.Query.To}, {"User ID", req.Query.UserID},
		{"Category", req.Query.Category}, {"Action", req.Query.Action}, {"Object type", req.Query.ObjectType},
		{"Object ID", req.Query.ObjectID}, {"Outcome", req.Query.Outcome}, {"Text", req.Query.Text}} {
		if f[1] != "" {
			summary = append(summary, f)
		}
	}
	return newXLSXSink(out, filepath.Dir(req.Path), sc.total, summary)
}

// bundleSink writes a signed bundle; the store signs the manifest.
type bundleSink struct {
	w  *auditbundle.Writer
	m  auditbundle.Manifest
	at time.Time
}

// add writes e with the changes as the exporter may see them; a bundle
// line carries every stored field, so the masked values replace e's.
func (b *bundleSink) add(e *audit.Entry, changes []model.FieldChange, redacted bool) error {
	out := *e
	out.Changes = make([]audit.Change, len(changes))
	for i, c := range changes {
		out.Changes[i] = audit.Change{Field: c.Field, Before: c.Before, After: c.After, Masked: c.Masked}
	}
	return b.w.Add(&out, redacted)
}

// finish signs the manifest with the workspace's audit key (under the
// hold: the key lives in the store) and writes it.
func (b *bundleSink) finish(j *job) error {
	return b.w.Finish(b.m, b.at, func(manifest []byte) ([]byte, error) {
		var sig []byte
		err := j.do(func(cl call) error {
			var err error
			sig, _, err = cl.st.SignAuditBundle(manifest)
			return err
		})
		return sig, err
	})
}

func (b *bundleSink) abort() {}

func itoa64(n int64) string { return strconv.FormatInt(n, 10) }
