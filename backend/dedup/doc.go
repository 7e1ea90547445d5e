// Package dedup finds likely duplicate people (contacts, leads) and companies.
//
// It is pure: no store, no I/O, no clock. Callers hand it records in their
// stored form and get matches back. Three callers are planned:
//
//   - create/edit: the service looks up candidates by (Rules).Keys in SQL and
//     calls (Rules).Compare on each, or adds them to an Index and calls Find;
//   - the import preview: an Index holds the existing candidates and every
//     earlier row of the file; each incoming row is checked with Find, then
//     added;
//   - the background "find duplicates" job: Scan streams a whole entity and
//     returns the duplicates clustered into groups, with progress and cancel.
//
// # Matching model
//
// Two records are duplicates when they share an exact key that the Rules
// enable — normalized email, E.164 phone, company web domain — or when their
// names are similar enough (Similarity ≥ Rules.Threshold) and they meet in a
// block: the same company, the same web or work-email domain, the same
// postcode, or a phonetic name key. Fuzzy matching never leaves its blocks,
// so a scan costs about n·(average block size), never n².
//
// The phonetic block has two keys per person: the Soundex-like codes of
// first and last name, sorted ("John Smith" and "Smith Jon" meet), and the
// last name with the first initial ("J. Smith" and "Jenny Smith" meet "John
// Smith"). A typo that changes both keys of a record that shares no
// company, domain or exact key is missed.
//
// Blocks larger than MaxBlock (a big company, a very common name) are split
// by a secondary key — the sorted initials of first and last name (the first
// two letters of the name, for companies) — and a sub-block still larger
// than MaxBlock is sorted by name and compared within a sliding Window. In
// such a block a duplicate whose initials differ, or that sorts further
// away than Window, is missed unless another key finds it; that is the price
// of a bounded scan.
//
// # Decisions worth knowing
//
//   - A shared email or phone between two people is not a duplicate when
//     their first names clearly differ (family members sharing a home phone,
//     colleagues on one switchboard number, a shared mailbox), unless they
//     share both an email and a phone. For companies exact keys decide.
//   - A fuzzy name match between two people is not a duplicate when both
//     have a company and the companies differ (beyond a typo), or both have
//     a work domain and the domains differ: namesakes at different employers.
//   - Two people who only share a last name do not match at the default
//     threshold (or any above 0.88): first names that are not a typo apart
//     score at most 0.7, and 0.6·1 + 0.4·0.7 = 0.88.
//   - When the name is all the evidence (no shared company, domain or
//     postcode) the match needs Threshold+0.05, full first names (no
//     initials), no conflicting contact details (both have emails and share
//     none, or both have phones and share none) and, in Scan and Index, a
//     rare name: a phonetic block of at most CommonName records. Among a
//     million records "John Smith" alone identifies nobody.
//   - Free-mail domains (gmail.com, web.de, yahoo.*, ...) are never domain
//     keys, for people or companies.
//
// Rules are validated by Validate; Scan validates, Compare, Keys and
// NewIndex do not. Everything here is safe for concurrent use except an
// Index, which belongs to one goroutine.
package dedup
