package service_test

import (
	"encoding/csv"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	"fieldvault/backend/model"
	"fieldvault/backend/service"
	"fieldvault/backend/testutil"
)

// BenchmarkImport measures an import of $FIELDVAULT_BENCH_N (default
// 100,000) new contacts from CSV — read, converted, validated, matched by
// email, checked for duplicates, written with search rows and one audit
// entry per record into an encrypted workspace — against reading and
// splitting the same file alone (the floor). Run:
//
//	go test ./backend/service -run '^$' -bench BenchmarkImport -benchtime 1x
func BenchmarkImport(b *testing.B) {
	n := benchN()
	dir := b.TempDir()
	path := filepath.Join(dir, "contacts.csv")
	writeBenchCSV(b, path, n)
	b.Run("csv-read-only", func(b *testing.B) {
		for range b.N {
			f, err := os.Open(path)
			if err != nil {
				b.Fatal(err)
			}
			r := csv.NewReader(f)
			rows := 0
			for {
				if _, err := r.Read(); err == io.EOF {
					break
				} else if err != nil {
					b.Fatal(err)
				}
				rows++
			}
			f.Close()
			b.ReportMetric(float64(rows)/b.Elapsed().Seconds()*float64(b.N), "rows/s")
		}
	})
	for _, dry := range []bool{true, false} {
		name := "import"
		if dry {
			name = "dry-run"
		}
		b.Run(name, func(b *testing.B) {
			for range b.N {
				b.StopTimer()
				imp := benchImportWorkspace(b)
				info, err := imp.Inspect(model.ImportRequest{Path: path, Entity: "contacts"})
				if err != nil {
					b.Fatal(err)
				}
				req := model.ImportRequest{Path: path, Entity: "contacts", Mode: model.ImportCreate, MatchKey: model.MatchEmail,
					Mapping: info.Mapping, SkipDuplicates: true}
				b.StartTimer()
				start := time.Now()
				run := imp.Run
				if dry {
					run = imp.DryRun
				}
				res, err := run(req)
				if err != nil {
					b.Fatal(err)
				}
				secs := time.Since(start).Seconds()
				b.ReportMetric(float64(res.Counts.Rows)/secs, "rows/s")
				b.ReportMetric(float64(res.Counts.New), "new")
				b.ReportMetric(float64(res.Counts.Duplicate), "duplicates")
				if !dry {
					b.StopTimer()
					start = time.Now()
					rev, err := imp.Revert(res.ID)
					if err != nil || rev.Removed != res.Counts.New {
						b.Fatalf("revert %+v %v", rev, err)
					}
					b.ReportMetric(float64(rev.Removed)/time.Since(start).Seconds(), "reverted/s")
				}
			}
		})
	}
}

// benchImportWorkspace is a fresh encrypted workspace with the
// administrator signed in.
func benchImportWorkspace(b testing.TB) *service.ImportService {
	b.Helper()
	core := service.NewCore(service.Config{Dir: filepath.Join(b.TempDir(), "ws"), Keychain: testutil.NewFakeKeychain(),
		Device: service.Device{ID: "bench"}, Version: "bench", NoAlertRules: true})
	b.Cleanup(func() { _ = core.Shutdown() })
	if _, err := service.NewWorkspaceService(core).Create(model.CreateWorkspaceRequest{Name: "Bench", Unlock: model.UnlockPassphrase,
		Passphrase: "correct horse battery staple 1", AdminUsername: "admin", AdminPassword: "admin password 1"}); err != nil {
		b.Fatal(err)
	}
	return service.NewImportService(core)
}

// writeBenchCSV writes n contact rows, twenty per company email domain, 2%
// of them repeating an earlier row's email.
func writeBenchCSV(b testing.TB, path string, n int) {
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	w := csv.NewWriter(f)
	_ = w.Write([]string{"First Name", "Last Name", "E-mail Address", "Business Phone", "Job Title", "Tags", "Marketing opt-in", "Opt-in date"})
	rnd := rand.New(rand.NewPCG(7, 11))
	firsts := []string{"Anna", "Ben", "Chloé", "David", "Emma", "Felix", "Greta", "Hugo", "Ines", "Jonas", "Kira", "Lukas", "Mia", "Noah",
		"Olga", "Paul", "Rita", "Sven", "Tara", "Uwe", "Vera", "Wim", "Yara", "Zeno"}
	for i := range n {
		first, last := firsts[rnd.IntN(len(firsts))], benchSurname(rnd)
		email := fmt.Sprintf("p%d@c%d.example", i, i/20) // twenty people per company
		if i > 100 && i%50 == 0 {
			email = fmt.Sprintf("p%d@c%d.example", i-37, (i-37)/20) // an exact repeat
		}
		_ = w.Write([]string{first, last, email, fmt.Sprintf("+49 30 %07d", i), "Buyer", "lead;2026", "yes", "2026-03-05"})
	}
	w.Flush()
	if err := w.Error(); err != nil {
		b.Fatal(err)
	}
}

// benchSurname is a random pronounceable surname of four syllables.
func benchSurname(rnd *rand.Rand) string {
	syl := []string{"ka", "ro", "mi", "te", "lu", "sa", "no", "be", "di", "fa", "go", "he", "ji", "ko", "la", "ma", "ne", "pi", "ru", "vo"}
	s := ""
	for range 4 {
		s += syl[rnd.IntN(len(syl))]
	}
	return string(s[0]-32) + s[1:]
}
