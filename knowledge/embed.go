// Package knowledge embeds the clinic's shipped knowledge folder, so the
// binary runs with no files beside it (clinicbot chat on a fresh machine).
package knowledge

import "embed"

// FS is the shipped knowledge folder: entries, clinic.yaml, synonyms.yaml,
// safety.yaml, the Hindi versions (hi/, messages.hi.yaml) and the eval files.
//
//go:embed *.yaml entries handoff smalltalk hi
var FS embed.FS
