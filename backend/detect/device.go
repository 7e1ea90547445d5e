package detect

import (
	"context"
	"fmt"
	"strings"

	"fieldvault/backend/model"
)

// newDevice: rule 6, a sign-in from a device id or OS account never seen in
// the user's earlier sign-ins; a user's very first sign-in raises nothing.
func newDevice(ctx context.Context, x *evalCtx, _ model.AlertRule, e *entryView) (*Finding, error) {
	base := Query{Actions: []string{ActionSignIn}, UserID: e.Actor.UserID, UpTo: e.Seq - 1, Cap: 1} // seen or not
	prior, err := x.h.Count(ctx, base)
	if err != nil || prior == 0 {
		return nil, err
	}
	var what []string
	if id := e.Device.DeviceID; id != "" {
		q := base
		q.DeviceID = id
		n, err := x.h.Count(ctx, q)
		if err != nil {
			return nil, err
		}
		if n == 0 {
			what = append(what, "device")
		}
	}
	if u := e.Device.OSUser; u != "" {
		q := base
		q.OSUser = u
		n, err := x.h.Count(ctx, q)
		if err != nil {
			return nil, err
		}
		if n == 0 {
			what = append(what, "OS account")
		}
	}
	if len(what) == 0 {
		return nil, nil
	}
	kind := strings.Join(what, " and ")
	return &Finding{SubjectID: e.Actor.UserID, SubjectName: e.Actor.Username, Evidence: []int64{e.Seq},
		Title: fmt.Sprintf("%s signed in from a new %s", e.Actor.Username, kind),
		Detail: fmt.Sprintf("%s signed in at %s from host %q, OS account %q, device %s: a new %s for them.",
			e.Actor.Username, clock(e.local), e.Device.Hostname, e.Device.OSUser, e.Device.DeviceID, kind),
	}, nil
}
