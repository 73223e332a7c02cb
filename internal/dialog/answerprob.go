package dialog

import (
	"math"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
)

// answerWeights are a logistic model of "the best hit is the right entry"
// over the ranking's own numbers for the best two hits (answerFeatures),
// fitted on the customers' messages of fifty FAQ folders nobody tuned for
// (internal/match/testdata, 9,700 messages to entries of few phrasings) by
// internal/dialog/testdata/fit_answer.py, fed by TestAnswerModelOnFAQFolders
// in internal/match. Cross-validated five ways by folder, deciding (as the
// coverage thresholds do and p >= KeepAt) or (p >= AnswerAt and coverage
// >= AnswerFew), with 0.35 and 0.6, answered 76 more of the questions
// rightly than the thresholds alone, 143 fewer wrongly and 2 fewer of the
// unrelated ones; on two folders written after it was first fitted and
// kept out of the fit (a property tax desk, a yoga studio), as served 56.2
// -> 58.3 % and 59.7 -> 61.8 % (thirty-ninth round). Only entries of few
// phrasings are decided so: on the clinic's own entries, with six
// phrasings or more, the model answered 576 fewer of its sets' messages
// rightly.
var answerWeights = [...]float64{-1.7598, 1.7767, 2.1682, 0.4204, 0.2940, -0.5528, 0.7620, 0.4205, 1.9782, 2.3295, 1.4061, -2.6363}

// answerFeatures are the numbers answerWeights weigh: the best hit's
// coverage, similarity, log score and confidence, the runner-up's coverage
// and similarity, the log of the best score over the runner-up's, the
// best hit's matched words (by five), the margins of coverage and of
// similarity, and coverage times similarity (as fit_answer.py computes
// them).
func answerFeatures(hits []clinicbot.Hit) [len(answerWeights)]float64 {
	const eps = 1e-3
	b := hits[0]
	var r clinicbot.Hit
	if len(hits) > 1 {
		r = hits[1]
	}
	return [...]float64{1, b.Coverage, b.Similarity, math.Log(b.Score + eps), b.Confidence, r.Coverage, r.Similarity,
		math.Log((b.Score + eps) / (r.Score + eps)), float64(b.Matched) / 5, b.Coverage - r.Coverage,
		b.Similarity - r.Similarity, b.Coverage * b.Similarity}
}

// answerProbability is how likely the best of hits is the right entry
// (answerWeights).
func answerProbability(hits []clinicbot.Hit) float64 {
	x := answerFeatures(hits)
	z := 0.0
	for i, w := range answerWeights {
		z += w * x[i]
	}
	return 1 / (1 + math.Exp(-z))
}
