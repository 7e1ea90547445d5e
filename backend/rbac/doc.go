// Package rbac is FieldVault's authorization vocabulary and its pure rules:
// the permission names, the Grants a role holds, the default roles, the
// signed-in Actor with its record-scope checks (Allows, Where), field-level
// masking of sensitive fields and the "effective access" explanation.
//
// It does no I/O. Services load the user, role and teams per call, build an
// Actor from them and ask this package; because nothing is cached here, a
// permission change applies to the very next call of a signed-in user
// (SECURITY.md §4: "changes take effect immediately").
//
// Every decision fails closed: a missing or unknown scope reads as
// ScopeNone, a missing advanced permission as not held, an empty user or
// team ID matches no record.
package rbac
