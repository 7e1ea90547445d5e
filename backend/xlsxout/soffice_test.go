package xlsxout

import (
	"context"
	"encoding/csv"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
)

// csvFilter exports every sheet (token 12 = -1, LibreOffice ≥ 7.2) to
// "<file>-<sheet>.csv": comma, double quote, UTF-8, cells as shown.
const csvFilter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,true,false,false,-1"

// soffice returns the LibreOffice binary, or skips the test; with
// FIELDVAULT_REQUIRE_SOFFICE=1 a missing binary fails it instead.
func soffice(t *testing.T) string {
	t.Helper()
	path, err := exec.LookPath("soffice")
	if err != nil {
		if os.Getenv("FIELDVAULT_REQUIRE_SOFFICE") == "1" {
			t.Fatal("soffice is not on PATH and FIELDVAULT_REQUIRE_SOFFICE=1: install libreoffice-calc-nogui")
		}
		t.Skip("soffice is not on PATH: LibreOffice check skipped (apt install libreoffice-calc-nogui; FIELDVAULT_REQUIRE_SOFFICE=1 makes this fail)")
	}
	return path
}

// runSoffice runs LibreOffice headless with a private profile under dir and
// a fixed en-US locale, so that formatted numbers read the same everywhere.
func runSoffice(t *testing.T, bin, dir string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	args = append([]string{"--headless", "--norestore", "--nologo", "--nolockcheck",
		"-env:UserInstallation=file://" + filepath.Join(dir, "profile")}, args...)
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "LC_ALL=en_US.UTF-8", "LANG=en_US.UTF-8", "LANGUAGE=en_US", "HOME="+dir)
	out, err := cmd.CombinedOutput()
	t.Logf("soffice %s: %v\n%s", strings.Join(args[4:], " "), err, out)
	return string(out)
}

// readCSV reads a CSV LibreOffice wrote; nil when the file is missing.
func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return rows
}

// TestLibreOffice proves that LibreOffice reads what Writer wrote, with
// the values and formats intended, and that it cannot read the password
// workbook without the password or with a wrong one, but can with it. Two
// soffice runs, a few seconds.
func TestLibreOffice(t *testing.T) {
	bin := soffice(t)
	dir := t.TempDir()
	const password = "s3cret pass"
	write := func(name string, opts Options) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, writeSample(t, opts), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	sample := write("sample.xlsx", Options{})
	locked := write("locked.xlsx", Options{Password: password})
	out := filepath.Join(dir, "out")

	// Run 1: both files; LibreOffice converts the plain one and, unable to
	// ask for a password, fails on the locked one.
	runSoffice(t, bin, dir, "--convert-to", csvFilter, "--outdir", out, sample, locked)

	kinds := readCSV(t, filepath.Join(out, "sample-Kinds.csv"))
	if kinds == nil {
		entries, _ := os.ReadDir(out)
		t.Fatalf("no sample-Kinds.csv; out holds %v", entries)
	}
	t.Run("header", func(t *testing.T) {
		for i, c := range kindColumns {
			if got := kinds[0][i]; got != c.Title {
				t.Errorf("header %d = %q, want %q", i, got, c.Title)
			}
		}
	})
	for i, c := range cellCases {
		t.Run("value "+c.name, func(t *testing.T) {
			want := c.shown
			if want == "" {
				want = c.raw
			}
			got := ""
			if row := kinds[i+1]; c.col < len(row) {
				got = row[c.col]
			}
			if got != want {
				t.Errorf("LibreOffice shows %.80q, want %.80q", got, want)
			}
		})
	}
	t.Run("totals", func(t *testing.T) {
		deals := readCSV(t, filepath.Join(out, "sample-Deals.csv"))
		want := map[int][]string{
			1: {"Lead", "Acme", "$1,000.00", "10.0%"},
			3: {"Lead subtotal", "", "$3,500.50", ""},
			6: {"Won subtotal", "", "$4,500.25", ""},
			7: {"Total", "", "$8,000.75", ""},
		}
		for row, cells := range want {
			if row >= len(deals) || strings.Join(deals[row][:4], "|") != strings.Join(cells, "|") {
				t.Errorf("Deals row %d = %q, want %q", row+1, safeRow(deals, row), cells)
			}
		}
	})
	t.Run("summary", func(t *testing.T) {
		summary := readCSV(t, filepath.Join(out, "sample-Summary.csv"))
		if len(summary) < 5 || summary[4][1] != "2024-03-05 14:30:00" || summary[2][1] != "'=owner is me" {
			t.Errorf("Summary = %q", summary)
		}
	})
	t.Run("locked without password", func(t *testing.T) {
		entries, _ := os.ReadDir(out)
		for _, e := range entries {
			if !strings.HasPrefix(e.Name(), "locked") {
				continue
			}
			b, _ := os.ReadFile(filepath.Join(out, e.Name()))
			if strings.Contains(string(b), "Alice Smith") || strings.Contains(string(b), "Pipeline by stage") {
				t.Fatalf("LibreOffice read %s without the password", e.Name())
			}
		}
	})

	// Run 2: a Basic macro (the one way to hand a password to a headless
	// LibreOffice; the profile of run 1 is reused, with the macro added)
	// opens the locked file with a wrong and then the right password, and
	// saves the plain sample as ODS.
	if err := installMacro(filepath.Join(dir, "profile")); err != nil {
		t.Fatal(err)
	}
	base, ods := filepath.Join(dir, "unlocked"), filepath.Join(dir, "sample.ods")
	runSoffice(t, bin, dir, `macro:///Standard.FieldVault.Convert("`+fileURL(locked)+`","wrong `+password+`","`+
		password+`","`+fileURL(base)+`","`+fileURL(sample)+`","`+fileURL(ods)+`")`)
	t.Run("locked with wrong password", func(t *testing.T) {
		// LibreOffice names a one-sheet CSV export "<name>-<sheet>.csv".
		if wrong, _ := filepath.Glob(base + "-wrong*"); len(wrong) > 0 {
			t.Errorf("LibreOffice opened the workbook with a wrong password: %v", wrong)
		}
	})
	t.Run("locked with password", func(t *testing.T) {
		rows := readCSV(t, base+"-right-Kinds.csv")
		if rows == nil {
			t.Fatal("the macro wrote nothing: LibreOffice did not open the locked workbook with its password")
		}
		if len(rows) < 2 || rows[1][0] != "Alice Smith" {
			t.Errorf("first sheet of the unlocked workbook = %q, want Alice Smith in A2", safeRow(rows, 1))
		}
	})
	// LibreOffice's own file shows whether it took both native charts,
	// with their ranges.
	t.Run("charts", func(t *testing.T) {
		b, err := os.ReadFile(ods)
		if err != nil {
			t.Fatal(err)
		}
		var classes, ranges []string
		for i := 1; i <= 3; i++ {
			xml := zipPart(t, b, "Object "+strconv.Itoa(i)+"/content.xml")
			if m := regexp.MustCompile(`<chart:chart [^>]*chart:class="([^"]+)"`).FindStringSubmatch(xml); m != nil {
				classes = append(classes, m[1])
			}
			if m := regexp.MustCompile(`<chart:series [^>]*chart:values-cell-range-address="([^"]+)"`).FindStringSubmatch(xml); m != nil {
				ranges = append(ranges, m[1])
			}
		}
		sort.Strings(classes)
		sort.Strings(ranges)
		if got := strings.Join(classes, " "); got != "chart:bar chart:circle" {
			t.Errorf("LibreOffice charts = %q, want a bar (column) and a circle (pie)", got)
		}
		if got := strings.Join(ranges, " "); got != "Deals.C2:Deals.C3 Deals.C2:Deals.C7" {
			t.Errorf("chart value ranges = %q", got)
		}
	})
}

func safeRow(rows [][]string, i int) []string {
	if i < len(rows) {
		return rows[i]
	}
	return nil
}

func fileURL(path string) string { return "file://" + filepath.ToSlash(path) }

// convertMacro stores the first sheet of locked, opened with password
// wrong and then right, as CSV (UTF-8, cells as shown) to dst-wrong.csv and
// dst-right.csv (a load that fails writes nothing), stores plain as ODS to
// ods, then quits.
const convertMacro = `Sub Convert(locked As String, wrong As String, right As String, dst As String, plain As String, ods As String)
	Const csv = "44,34,76,1,,1033,false,true,true,false,false,1"
	TryStore(locked, wrong, dst & "-wrong.csv", "Text - txt - csv (StarCalc)", csv)
	TryStore(locked, right, dst & "-right.csv", "Text - txt - csv (StarCalc)", csv)
	TryStore(plain, "", ods, "calc8", "")
	StarDesktop.terminate()
End Sub

Sub TryStore(src As String, pw As String, dst As String, filter As String, options As String)
	Dim load(1) As New com.sun.star.beans.PropertyValue
	load(0).Name = "Hidden" : load(0).Value = True
	load(1).Name = "Password" : load(1).Value = pw
	On Error GoTo Failed
	doc = StarDesktop.loadComponentFromURL(src, "_blank", 0, load())
	Dim store(1) As New com.sun.star.beans.PropertyValue
	store(0).Name = "FilterName" : store(0).Value = filter
	store(1).Name = "FilterOptions" : store(1).Value = options
	doc.storeToURL(dst, store())
	doc.close(True)
Failed:
End Sub
`

// installMacro puts convertMacro into the Standard library of profile as
// module "FieldVault". Macros in the profile's own library run without a
// security prompt.
func installMacro(profile string) error {
	lib := filepath.Join(profile, "user", "basic", "Standard")
	if err := os.MkdirAll(lib, 0o700); err != nil {
		return err
	}
	files := map[string]string{
		filepath.Join(lib, "FieldVault.xba"): `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="FieldVault" script:language="StarBasic">` +
			html.EscapeString(convertMacro) + `</script:module>`,
		filepath.Join(lib, "script.xlb"): `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE library:library PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "library.dtd">
<library:library xmlns:library="http://openoffice.org/2000/library" library:name="Standard" library:readonly="false" library:passwordprotected="false">
 <library:element library:name="FieldVault"/>
</library:library>`,
		filepath.Join(lib, "dialog.xlb"): `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE library:library PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "library.dtd">
<library:library xmlns:library="http://openoffice.org/2000/library" library:name="Standard" library:readonly="false" library:passwordprotected="false"/>`,
		filepath.Join(profile, "user", "basic", "script.xlc"): `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE library:libraries PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "libraries.dtd">
<library:libraries xmlns:library="http://openoffice.org/2000/library" xmlns:xlink="http://www.w3.org/1999/xlink">
 <library:library library:name="Standard" xlink:href="$(USER)/basic/Standard/script.xlb/" xlink:type="simple" library:link="false"/>
</library:libraries>`,
		filepath.Join(profile, "user", "basic", "dialog.xlc"): `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE library:libraries PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "libraries.dtd">
<library:libraries xmlns:library="http://openoffice.org/2000/library" xmlns:xlink="http://www.w3.org/1999/xlink">
 <library:library library:name="Standard" xlink:href="$(USER)/basic/Standard/dialog.xlb/" xlink:type="simple" library:link="false"/>
</library:libraries>`,
	}
	for path, content := range files {
		if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
			return err
		}
	}
	return nil
}
