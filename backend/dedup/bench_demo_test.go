package dedup

import (
	"context"
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"
	"time"
)

// demoLike generates records shaped like the app's demo workspace (the data
// the end-to-end scan benchmark reads): names from 28 first and 24 last
// names, a company among 192 names (16 words × 12 kinds), an email
// "first.lastN@example.com" with N below 1,000 and a random phone. Names
// repeat hundreds of times, so blocks are huge and chains of same-name,
// same-email records join large groups: the hard case for blocking.
type demoLike struct {
	rng *rand.Rand
	n   int
}

var (
	demoLikeFirst = []string{"Anna", "Ben", "Clara", "David", "Elif", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Kaja", "Luis",
		"Mia", "Noah", "Olga", "Pavel", "Quinn", "Rosa", "Sven", "Tariq", "Uma", "Viktor", "Wen", "Yusuf", "Zoë", "Chloé", "Łukasz", "Søren"}
	demoLikeLast = []string{"Müller", "Schmidt", "Garcia", "Rossi", "Nowak", "Dubois", "Jensen", "Novak", "Silva", "Kowalski",
		"Smith", "Brown", "Yilmaz", "Ivanova", "Fischer", "Weber", "Martin", "Bernard", "Lopez", "Moretti", "O'Brien", "Nakamura", "Andersson", "Horvat"}
	demoLikeWords = []string{"Acme", "Nordic", "Blue", "Summit", "Vertex", "Alpine", "Harbor", "Quantum", "Pioneer", "Atlas", "Cedar", "Orbit", "Helix", "Beacon", "Crescent", "Granite"}
	demoLikeKinds = []string{"Systems", "Logistics", "Foods", "Health", "Energy", "Labs", "Media", "Partners", "Works", "Retail", "Finance", "Robotics"}
)

func (g *demoLike) pick(l []string) string { return l[g.rng.IntN(len(l))] }

func (g *demoLike) record(i int) Record {
	first, last := g.pick(demoLikeFirst), g.pick(demoLikeLast)
	email := fmt.Sprintf("%s.%s%d@example.com", strings.ToLower(first), strings.ToLower(last), g.rng.IntN(1000))
	phone := fmt.Sprintf("+%d %d %07d", 30+g.rng.IntN(20), 10+g.rng.IntN(90), g.rng.IntN(10_000_000))
	return Record{ID: fmt.Sprintf("c%07d", i), First: first, Last: last, Company: g.pick(demoLikeWords) + " " + g.pick(demoLikeKinds),
		Emails: []string{email}, Phones: []string{phone}}
}

// benchScanDemo scans n demo-like records and reports records/s, the
// seconds per scan, the peak heap and the number and largest size of the
// groups.
func benchScanDemo(b *testing.B, n int) {
	r := DefaultRules("contacts")
	for i := 0; i < b.N; i++ {
		runtime.GC()
		g := &demoLike{rng: rand.New(rand.NewPCG(42, uint64(i))), n: n}
		emitted := 0
		next := func() (Record, bool, error) {
			if emitted == n {
				return Record{}, false, nil
			}
			emitted++
			return g.record(emitted), true, nil
		}
		stop := heapPeak()
		start := time.Now()
		out, err := Scan(context.Background(), r, next, n, nil)
		elapsed := time.Since(start)
		peak := stop()
		if err != nil {
			b.Fatal(err)
		}
		largest := 0
		for _, gr := range out {
			largest = max(largest, len(gr.IDs))
		}
		b.ReportMetric(float64(emitted)/elapsed.Seconds(), "records/s")
		b.ReportMetric(elapsed.Seconds(), "s/scan")
		b.ReportMetric(peak, "MB-heap")
		b.ReportMetric(float64(len(out)), "groups")
		b.ReportMetric(float64(largest), "largest")
	}
}

func BenchmarkScanDemo100k(b *testing.B) { benchScanDemo(b, 100_000) }
func BenchmarkScanDemo1M(b *testing.B)   { benchScanDemo(b, 1_000_000) }
