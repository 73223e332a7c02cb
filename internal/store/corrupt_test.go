package store

import (
	"github.com/mindbraintms/clinicbot/internal/clinicbot"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A damaged store file is reported with its name and what to do; it never
// panics (a torn write after a power cut, a disk error, a stray editor).
func TestDamagedStoreIsReportedNotPanicked(t *testing.T) {
	for name, data := range map[string][]byte{
		"garbage":   []byte(strings.Repeat("not a database ", 2000)),
		"truncated": nil,
		"torn":      nil,
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "clinicbot.db")
			switch name {
			case "truncated", "torn":
				db, err := Open(dir)
				if err != nil {
					t.Fatal(err)
				}
				db.SetRelay(clinicbot.Patient{Channel: "telegram", ID: "1"}, "2")
				db.Close()
				full, _ := os.ReadFile(path)
				if name == "truncated" {
					data = full[:len(full)/3]
				} else {
					data = append([]byte(nil), full...)
					for i := 4096; i < len(data) && i < 4096+512; i++ {
						data[i] ^= 0xff // a torn page
					}
				}
			}
			os.WriteFile(path, data, 0o600)
			defer func() {
				if r := recover(); r != nil {
					t.Fatalf("Open panicked: %v", r)
				}
			}()
			db, err := Open(dir)
			if err == nil {
				db.Close()
				return // bbolt found it usable: fine
			}
			if !strings.Contains(err.Error(), path) {
				t.Errorf("error %q does not name the file", err)
			}
		})
	}
}
