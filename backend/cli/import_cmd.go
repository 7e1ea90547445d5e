package cli

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"fieldvault/backend/model"
	"fieldvault/backend/service"
)

// importFlags are the options of `fieldvault import`.
type importFlags struct {
	entity, as, match, mode, report, sheet, delimiter, encoding, decimal, dateOrder string
	dryRun, keepDuplicates, createCompanies                                         bool
	headerRow                                                                       int
}

func newImportCmd(d *Deps, workspace *string) *cobra.Command {
	var fl importFlags
	cmd := &cobra.Command{
		Use:   "import FILE --entity contacts --user NAME [--dry-run] [--match email]",
		Short: "Import records from a CSV or Excel file",
		Long: "Signs in as --user NAME (password from $" + EnvPassword + "; needs data.import and create or\n" +
			"update scope) and imports FILE (CSV in any common dialect and encoding, or an .xlsx sheet)\n" +
			"into --entity (contacts, companies, leads, deals) with the columns mapped from their headers\n" +
			"as the window suggests. --match (email, externalId, phone, nameCompany) finds existing\n" +
			"records; --mode create (default), update or upsert. --dry-run checks every row and writes\n" +
			"nothing. Prints the counts; --report FILE.xlsx writes the row-by-row problems. The import\n" +
			"is one batch, audited, that the window can revert.",
		Args: cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			if fl.entity == "" {
				return usageError{fmt.Errorf("--entity is required (contacts, companies, leads or deals)")}
			}
			path, err := filepath.Abs(args[0])
			if err != nil {
				return err
			}
			report := ""
			if fl.report != "" {
				if report, err = filepath.Abs(fl.report); err != nil {
					return err
				}
			}
			return asUser(d, *workspace, fl.as, func(s *signedIn) error {
				return runImport(d, s, path, report, fl)
			})
		},
	}
	f := cmd.Flags()
	f.StringVar(&fl.entity, "entity", "", "contacts, companies, leads or deals")
	f.StringVar(&fl.as, "user", "", "as this user (password from $"+EnvPassword+")")
	f.StringVar(&fl.match, "match", "", "match key: email, externalId, phone or nameCompany")
	f.StringVar(&fl.mode, "mode", model.ImportCreate, "create, update or upsert")
	f.BoolVar(&fl.dryRun, "dry-run", false, "check every row, write nothing")
	f.StringVar(&fl.report, "report", "", "write the row-by-row problems to this .xlsx file")
	f.StringVar(&fl.sheet, "sheet", "", "the sheet of an .xlsx file (default: the first)")
	f.StringVar(&fl.delimiter, "delimiter", "", "CSV delimiter (default: detected)")
	f.IntVar(&fl.headerRow, "header-row", 0, "the row holding the column names (default: detected, title rows skipped)")
	f.StringVar(&fl.encoding, "encoding", "", "CSV encoding: utf-8, utf-16le, utf-16be, windows-1252 (default: detected)")
	f.StringVar(&fl.decimal, "decimal", "", "decimal separator of numbers: . or , (default: detected)")
	f.StringVar(&fl.dateOrder, "date-order", "", "order of numeric dates: dmy or mdy (default: detected)")
	f.BoolVar(&fl.keepDuplicates, "keep-duplicates", false, "create rows the duplicate rules flag (default: skip them)")
	f.BoolVar(&fl.createCompanies, "create-companies", false, "create companies named by rows that match none")
	return cmd
}

// runImport inspects, maps as suggested, runs and prints the counts.
func runImport(d *Deps, s *signedIn, path, report string, fl importFlags) error {
	svc := service.NewImportService(s.core)
	req := model.ImportRequest{Path: path, Entity: fl.entity, Sheet: fl.sheet, Delimiter: unescapeDelimiter(fl.delimiter),
		Encoding: fl.encoding, HeaderRow: fl.headerRow, MatchKey: fl.match, Mode: fl.mode, SkipDuplicates: !fl.keepDuplicates, CreateCompanies: fl.createCompanies}
	info, err := svc.Inspect(req)
	if err != nil {
		return err
	}
	req.Mapping = info.Mapping
	req.Decimal, req.DateOrder = fl.decimal, fl.dateOrder
	if req.Decimal == "" {
		req.Decimal = info.DecimalGuess
	}
	if req.DateOrder == "" {
		req.DateOrder = info.DateOrderGuess
	}
	var mapped []string
	for _, m := range info.Mapping {
		if m.Field != "" {
			mapped = append(mapped, fmt.Sprintf("%s→%s", m.Header, m.Field))
		}
	}
	fmt.Fprintf(d.Stderr, "%s: %s, %s; columns: %s\n", filepath.Base(path), info.Format, dialectText(info), strings.Join(mapped, ", "))
	s.core.SetEmitter(progressPrinter{d})
	run := svc.Run
	if fl.dryRun {
		run = svc.DryRun
	}
	res, err := run(req)
	if err != nil {
		return err
	}
	c := res.Counts
	verb := "imported"
	if fl.dryRun {
		verb = "dry run"
	}
	fmt.Fprintf(d.Stdout, "%s: %d rows: %d new, %d updated, %d unchanged, %d duplicates, %d skipped, %d invalid", verb,
		c.Rows, c.New, c.Update, c.Unchanged, c.Duplicate, c.Skipped, c.Invalid)
	if c.CompaniesCreated > 0 {
		fmt.Fprintf(d.Stdout, ", %d companies created", c.CompaniesCreated)
	}
	fmt.Fprintln(d.Stdout)
	if res.Status != "done" {
		fmt.Fprintf(d.Stdout, "status: %s %s\n", res.Status, res.Message)
	}
	if !fl.dryRun {
		fmt.Fprintf(d.Stdout, "batch: %s\n", res.ID)
	}
	if report != "" {
		out, err := svc.SaveReport(res.ID, report)
		if err != nil {
			return err
		}
		fmt.Fprintf(d.Stdout, "report: %d problems written to %s\n", out.Rows, out.Path)
	}
	return nil
}

func dialectText(info model.ImportFileInfo) string {
	if info.Format == "xlsx" {
		return "sheet " + info.Sheet + headerText(info)
	}
	delim := map[string]string{",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}[info.Delimiter]
	return info.Encoding + ", " + delim + "-separated" + headerText(info)
}

// headerText says where the header is when it is not the first row.
func headerText(info model.ImportFileInfo) string {
	if info.HeaderRow > 1 {
		return fmt.Sprintf(", header in row %d", info.HeaderRow)
	}
	return ""
}

// unescapeDelimiter lets a shell user write \t for a tab.
func unescapeDelimiter(s string) string {
	if s == `\t` || strings.EqualFold(s, "tab") {
		return "\t"
	}
	return s
}
