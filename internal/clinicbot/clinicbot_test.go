package clinicbot

import "testing"

// A crisis case with a subject passes only when the reply speaks to that
// person: the writer, or the relative who tells of someone else.
func TestEvalCaseSubject(t *testing.T) {
	other := Reply{Kind: KindCrisis, Safety: SafetyResult{Verdict: Crisis, Subject: SubjectOther}}
	self := Reply{Kind: KindCrisis, Safety: SafetyResult{Verdict: Crisis, Subject: SubjectSelf}}
	tests := []struct {
		c     EvalCase
		r     Reply
		wants bool
	}{
		{EvalCase{Expect: KindCrisis, Subject: SubjectOther}, other, true},
		{EvalCase{Expect: KindCrisis, Subject: SubjectOther}, self, false},
		{EvalCase{Expect: KindCrisis, Subject: SubjectSelf}, other, false},
		{EvalCase{Expect: KindCrisis}, other, true},
		{EvalCase{Expect: KindCrisis, Subject: SubjectSelf}, Reply{Kind: KindAnswer}, false},
	}
	for _, tt := range tests {
		if got := tt.c.Passes(tt.r); got != tt.wants {
			t.Errorf("%+v Passes(%s/%s) = %v, want %v", tt.c, tt.r.Kind, tt.r.Safety.Subject, got, tt.wants)
		}
	}
}
