package dialog

import (
	"math"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
)

// answerWeights are a logistic model of "the best hit is the right entry"
// over the ranking's own numbers for the best two hits (answerFeatures),
// fitted on the customers' messages of fifty FAQ folders nobody tuned for
// (internal/match/testdata, 11,700 messages) by
// internal/dialog/testdata/fit_answer.py, fed by TestAnswerModelOnFAQFolders
// in internal/match. Cross-validated five ways by folder, deciding (as the
// coverage thresholds do and p >= KeepAt) or (p >= AnswerAt and coverage
// >= AnswerFew), with 0.35 and 0.6, answered 49 more of 10,663 questions
// rightly than the thresholds alone, 161 fewer wrongly, and 4 fewer of
// 1,040 unrelated ones (fitted on all of them: 127 more, 78 fewer, 4
// more; thirty-ninth round). Only entries of few
// phrasings are decided so: on the clinic's own entries, with six
// phrasings or more, the model answered 576 fewer of its sets' messages
// rightly.
var answerWeights = [...]float64{-0.8777, 1.0720, 2.2067, 0.3990, 0.2911, -0.9089, 0.7878, 0.4273, 1.9993, 1.9809, 1.4189, -2.6884, -0.8777, 1.0720}

// answerFeatures are the numbers answerWeights weigh: the best hit's
// coverage, similarity, log score and confidence, the runner-up's coverage
// and similarity, the log of the best score over the runner-up's, the
// best hit's matched words (by five), the margins of coverage and of
// similarity, coverage times similarity, and whether the best entry has
// few phrasings (alone and times coverage).
func answerFeatures(hits []clinicbot.Hit, few bool) [len(answerWeights)]float64 {
	const eps = 1e-3
	b := hits[0]
	var r clinicbot.Hit
	if len(hits) > 1 {
		r = hits[1]
	}
	f := 0.0
	if few {
		f = 1
	}
	return [...]float64{1, b.Coverage, b.Similarity, math.Log(b.Score + eps), b.Confidence, r.Coverage, r.Similarity,
		math.Log((b.Score + eps) / (r.Score + eps)), float64(b.Matched) / 5, b.Coverage - r.Coverage,
		b.Similarity - r.Similarity, b.Coverage * b.Similarity, f, f * b.Coverage}
}

// answerProbability is how likely the best of hits is the right entry
// (answerWeights).
func answerProbability(hits []clinicbot.Hit, few bool) float64 {
	x := answerFeatures(hits, few)
	z := 0.0
	for i, w := range answerWeights {
		z += w * x[i]
	}
	return 1 / (1 + math.Exp(-z))
}
