// Package buildinfo holds the application version, set at link time with
// -ldflags "-X fieldvault/backend/buildinfo.Version=...".
package buildinfo

// Version is the application version; "dev" in unreleased builds.
var Version = "0.1.0-dev"

// Name is the product name used for the window title, the keychain service
// and the default workspace folder.
const Name = "FieldVault"
