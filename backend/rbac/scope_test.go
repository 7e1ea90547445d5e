package rbac

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// actorWith returns an actor in teams t1 and t2 whose only grant is scope s
// for deals.read.
func actorWith(s Scope, teams ...string) Actor {
	return Actor{
		UserID: "u1", RoleName: "Test", TeamIDs: teams,
		Grants: Grants{Scopes: map[Entity]map[Action]Scope{EntityDeals: {ActionRead: s}}},
	}
}

// Records the scope cases run against.
var (
	ownRec       = [2]string{"u1", "t9"} // owned by the actor, in a foreign team
	mateRec      = [2]string{"u2", "t1"} // a teammate's, in the actor's team
	otherTeamRec = [2]string{"u3", "t9"} // another team's
	orphanRec    = [2]string{"", ""}     // no owner, no team
)

func TestScopeResolution(t *testing.T) {
	tests := []struct {
		name     string
		actor    Actor
		rec      [2]string
		want     bool
		wantSQL  string
		wantArgs []any
	}{
		{"none/own record", actorWith(ScopeNone, "t1"), ownRec, false, "0", nil},
		{"none/teammate", actorWith(ScopeNone, "t1"), mateRec, false, "0", nil},
		{"own/own record", actorWith(ScopeOwn, "t1"), ownRec, true, "owner_id = ?", []any{"u1"}},
		{"own/teammate", actorWith(ScopeOwn, "t1"), mateRec, false, "owner_id = ?", []any{"u1"}},
		{"own/other team", actorWith(ScopeOwn, "t1"), otherTeamRec, false, "owner_id = ?", []any{"u1"}},
		{"team/own record in foreign team", actorWith(ScopeTeam, "t1", "t2"), ownRec, true, "(owner_id = ? OR team_id IN (?,?))", []any{"u1", "t1", "t2"}},
		{"team/teammate", actorWith(ScopeTeam, "t1", "t2"), mateRec, true, "(owner_id = ? OR team_id IN (?,?))", []any{"u1", "t1", "t2"}},
		{"team/other team", actorWith(ScopeTeam, "t1", "t2"), otherTeamRec, false, "(owner_id = ? OR team_id IN (?,?))", []any{"u1", "t1", "t2"}},
		{"team/orphan", actorWith(ScopeTeam, "t1"), orphanRec, false, "(owner_id = ? OR team_id IN (?))", []any{"u1", "t1"}},
		{"team/duplicate and empty team IDs", actorWith(ScopeTeam, "t1", "", "t1"), mateRec, true, "(owner_id = ? OR team_id IN (?))", []any{"u1", "t1"}},
		{"team/no teams acts as own: own record", actorWith(ScopeTeam), ownRec, true, "owner_id = ?", []any{"u1"}},
		{"team/no teams acts as own: teammate", actorWith(ScopeTeam), mateRec, false, "owner_id = ?", []any{"u1"}},
		{"team/only empty team ID", actorWith(ScopeTeam, ""), orphanRec, false, "owner_id = ?", []any{"u1"}},
		{"all/other team", actorWith(ScopeAll), otherTeamRec, true, "1", nil},
		{"all/orphan", actorWith(ScopeAll), orphanRec, true, "1", nil},
		{"no user ID/own", Actor{Grants: actorWith(ScopeOwn).Grants}, orphanRec, false, "0", nil},
		{"no user ID/team", Actor{TeamIDs: []string{"t1"}, Grants: actorWith(ScopeTeam).Grants}, mateRec, true, "team_id IN (?)", []any{"t1"}},
		{"unknown scope fails closed", actorWith("everything"), ownRec, false, "0", nil},
		{"other action not granted", Actor{UserID: "u1", Grants: Grants{Scopes: map[Entity]map[Action]Scope{EntityDeals: {ActionUpdate: ScopeAll}}}}, ownRec, false, "0", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.actor.Allows(EntityDeals, ActionRead, tt.rec[0], tt.rec[1]); got != tt.want {
				t.Fatalf("Allows = %v, want %v", got, tt.want)
			}
			sql, args := Where(tt.actor, EntityDeals, ActionRead, "owner_id", "team_id")
			if sql != tt.wantSQL || !reflect.DeepEqual(args, tt.wantArgs) {
				t.Fatalf("Where = %q %v, want %q %v", sql, args, tt.wantSQL, tt.wantArgs)
			}
			if got := evalWhere(t, sql, args, tt.rec); got != tt.want {
				t.Fatalf("Where selects the record: %v, Allows says %v", got, tt.want)
			}
		})
	}
}

func TestWhereKeepsValuesInArgs(t *testing.T) {
	hostile := "x' OR 1=1 --"
	a := Actor{UserID: hostile, TeamIDs: []string{"t'); DROP TABLE deals; --"},
		Grants: actorWith(ScopeTeam).Grants}
	for _, s := range []Scope{ScopeOwn, ScopeTeam} {
		a.Grants.Scopes[EntityDeals][ActionRead] = s
		t.Run(string(s), func(t *testing.T) {
			sql, args := Where(a, EntityDeals, ActionRead, "d.owner_id", "d.team_id")
			if strings.ContainsAny(sql, "'-;") || strings.Contains(sql, "1=1") {
				t.Fatalf("value leaked into SQL: %q", sql)
			}
			if strings.Count(sql, "?") != len(args) || args[0] != hostile {
				t.Fatalf("placeholders and args disagree: %q %v", sql, args)
			}
		})
	}
}

func TestWherePanicsOnBadColumn(t *testing.T) {
	tests := []struct{ owner, team string }{
		{"owner_id; DROP TABLE x", "team_id"},
		{"owner_id", "team_id OR 1=1"},
		{"", "team_id"},
		{"Owner", "team_id"},
		{"1owner", "team_id"},
		{"owner_id", `"team"`},
	}
	for _, tt := range tests {
		t.Run(tt.owner+"|"+tt.team, func(t *testing.T) {
			defer func() {
				if recover() == nil {
					t.Fatal("no panic")
				}
			}()
			Where(actorWith(ScopeAll), EntityDeals, ActionRead, tt.owner, tt.team)
		})
	}
	Where(actorWith(ScopeAll), EntityDeals, ActionRead, "c.owner_id", "_team2") // must not panic
}

// evalWhere interprets the small SQL subset Where emits against a record
// (owner, team), so each case checks Where and Allows agree.
func evalWhere(t *testing.T, sql string, args []any, rec [2]string) bool {
	t.Helper()
	switch sql {
	case "0":
		return false
	case "1":
		return true
	}
	col := map[string]string{"owner_id": rec[0], "team_id": rec[1]}
	hit := false
	for _, term := range strings.Split(strings.TrimSuffix(strings.TrimPrefix(sql, "("), ")"), " OR ") {
		name, rest, _ := strings.Cut(term, " ")
		n := strings.Count(rest, "?")
		if n == 0 || n > len(args) {
			t.Fatalf("cannot evaluate %q with %v", sql, args)
		}
		for _, v := range args[:n] {
			if fmt.Sprint(v) == col[name] {
				hit = true
			}
		}
		args = args[n:]
	}
	if len(args) != 0 {
		t.Fatalf("unused args in %q", sql)
	}
	return hit
}
