#!/usr/bin/env bash
# Reads `go test -bench BenchmarkStore` output on stdin and prints
#   operation | plain ns/op | encrypted ns/op | ratio (encrypted/plain)
# plus a WARNING line for every ratio above the threshold $1 (default 1.25).
# With -count N each cell is the fastest of the N runs (the least disturbed by
# other load on the machine).
# Benchmarks are noisy on small machines, so it never fails on a ratio; it
# exits non-zero only if no BenchmarkStore/<op>/{plain,encrypted} pair is found.
set -euo pipefail
threshold="${1:-1.25}"
awk -v thr="$threshold" '
$1 ~ /^BenchmarkStore\// {
	name = $1; sub(/-[0-9]+$/, "", name)            # strip the GOMAXPROCS suffix
	n = split(name, p, "/"); if (n < 3) next
	op = p[2]; variant = p[3]
	for (i = 2; i <= NF; i++) if ($(i+1) == "ns/op") { ns = $i; break }
	if (!(op in seen)) { seen[op] = 1; order[++ops] = op }
	if (val[op, variant] == "" || ns + 0 < val[op, variant] + 0) val[op, variant] = ns
}
END {
	printf "%-12s | %16s | %16s | %s\n", "operation", "plain ns/op", "encrypted ns/op", "ratio (encrypted/plain)"
	printf "%-12s-|-%16s-|-%16s-|-%s\n", "------------", "----------------", "----------------", "-----------------------"
	pairs = 0; warn = ""
	for (i = 1; i <= ops; i++) {
		op = order[i]; pl = val[op, "plain"]; en = val[op, "encrypted"]
		if (pl == "" || en == "" || pl == 0) { printf "%-12s | %16s | %16s | n/a\n", op, pl, en; continue }
		r = en / pl; pairs++
		printf "%-12s | %16.0f | %16.0f | %.2f\n", op, pl, en, r
		if (r > thr) warn = warn sprintf("WARNING: %s ratio %.2f exceeds %.2f\n", op, r, thr)
	}
	printf "%s", warn
	if (pairs == 0) { print "no BenchmarkStore pairs found on stdin" > "/dev/stderr"; exit 1 }
}'
