package store

import "io/fs"

// LoadMigrationsForTest exposes loadMigrations' ordering and validation.
func LoadMigrationsForTest(fsys fs.FS) ([]int, error) {
	list, err := loadMigrations(fsys)
	var out []int
	for _, m := range list {
		out = append(out, m.version)
	}
	return out, err
}
