package store

import (
	"slices"
	"strings"
)

// The one sharing rule of saved reports and dashboards: a record is visible
// to its owner, to everyone when shared with everyone, and to the members
// of its team when shared with the team.

// sharedWith reports whether a record owned by ownerID with sharing and
// teamID is visible to userID in teamIDs.
func sharedWith(ownerID, sharing, teamID, userID string, teamIDs []string) bool {
	switch {
	case ownerID == userID, sharing == SharingEveryone:
		return true
	case sharing == SharingTeam:
		return slices.Contains(teamIDs, teamID)
	}
	return false
}

// sharedWhere is sharedWith as a WHERE condition over owner_id, sharing and
// team_id, with its arguments.
func sharedWhere(userID string, teamIDs []string) (string, []any) {
	args := []any{userID, SharingEveryone, SharingTeam}
	teams := "0"
	if len(teamIDs) > 0 {
		teams = "team_id IN (?" + strings.Repeat(", ?", len(teamIDs)-1) + ")"
		for _, t := range teamIDs {
			args = append(args, t)
		}
	}
	return "(owner_id = ? OR sharing = ? OR (sharing = ? AND " + teams + "))", args
}
