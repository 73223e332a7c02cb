package safety

import (
	"math"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
)

// model is a logistic-regression classifier over hashed word, word-pair
// and character n-gram features, learned at load from labelled messages.
// It finds crisis messages worded in ways no phrase foresaw ("if you
// don't see me by 5 check the river"), where the phrases give the reasons
// a clinician can read and the model gives reach.
type model struct {
	w []float32
	b float32
}

const (
	modelBits   = 18 // 2^18 hashed features (1 MB of weights)
	modelEpochs = 25
	modelRate   = 2.0
	modelL2     = 1e-4
)

// example is one labelled message, its features computed once.
type example struct {
	*prepared
	crisis bool
	weight float32
	v      float32 // each feature's value: 1/sqrt(number of features)
}

// taughtEpochs are the passes of the classifier that learns from
// model.examples_from too: ten times the messages, so fewer passes learn
// as much (the held-out sets' verdicts were the same with 10 as with 25),
// in less time.
const taughtEpochs = 10

// adviceTaughtEpochs are the advice classifier's passes when it learns from
// model.examples_from too (75,000 messages): held out, 10 passes read 3
// verdicts fewer of 7,310 than 25, and a first load learns in 9.5 s
// instead of 13 (5 passes: 7 s, but four reviewed questions refused).
const adviceTaughtEpochs = 10

// learnedKeptByFirst is the first classifier's probability from which a
// crisis the learned classifier raises stands whatever the taught one
// reads (see Detector.taughtLearnedClears): two of the three agree.
const learnedKeptByFirst = 0.9

// ordinaryWeight is how much one of the knowledge's own questions counts
// as a non-crisis example, against a labelled one: there are many, and a
// crisis mixed into a question ("any evening slots? i plan how i'd die")
// must not read as a question.
const ordinaryWeight = 0.3

// trainModel fits the classifier on labelled crisis and other messages
// and on ordinary questions; nil when there is nothing to learn from (no
// crisis example, or nothing else). prep gives each message's features
// and order keys (computed once for both classifiers, which train side by
// side); it is only read.
func trainModel(crisis, other, ordinary []string, prep *training, epochs int) *model {
	if len(crisis) == 0 || len(other)+len(ordinary) == 0 {
		return nil
	}
	data := make([]example, 0, len(crisis)+len(other)+len(ordinary))
	add := func(texts []string, crisis bool, weight float32) {
		for _, t := range texts {
			p := prep.texts[t]
			if p == nil || len(p.dense) == 0 {
				continue
			}
			data = append(data, example{p, crisis, weight, float32(1 / math.Sqrt(float64(len(p.dense))))})
		}
	}
	add(crisis, true, 1)
	add(other, false, 1)
	add(ordinary, false, ordinaryWeight)
	// The order of the examples in each epoch is fixed by a hash of their
	// text, and the weights returned are the average over every step, so
	// the model depends on what the examples say, not on how many there
	// are: adding one FAQ question must not reshuffle the whole training
	// (it once moved a dozen crisis verdicts on the safety sets).
	//
	// Each weight sits beside its running sum, so an update touches one
	// cache line, not two: training is most of the time a load takes.
	type cell struct{ w, sum float32 }
	cells := make([]cell, len(prep.features))
	var b, sumB float32
	steps := float32(1)
	avgFrom := epochs / 2 // the average is of the second half
	decay := float32(1 - modelRate*modelL2)
	order := make([]uint64, len(data)) // key<<32 | index: a stable sort by key
	buf := make([]uint64, len(data))
	for epoch := 0; epoch < epochs; epoch++ {
		for i, ex := range data {
			order[i] = uint64(ex.keys[epoch])<<32 | uint64(i)
		}
		sortByKey(order, buf)
		for _, o := range order {
			ex := &data[uint32(o)]
			// Four running sums, so the additions need not wait on each
			// other; the features share one value, applied once.
			var z0, z1, z2, z3 float32
			fs := ex.dense
			for len(fs) >= 4 {
				z0 += cells[fs[0]].w
				z1 += cells[fs[1]].w
				z2 += cells[fs[2]].w
				z3 += cells[fs[3]].w
				fs = fs[4:]
			}
			for _, f := range fs {
				z0 += cells[f].w
			}
			z := b + ((z0+z1)+(z2+z3))*ex.v
			p := 1 / (1 + math.Exp(-float64(z)))
			y := float32(0)
			if ex.crisis {
				y = 1
			}
			g := float32(modelRate) * ex.weight * (float32(p) - y)
			for _, f := range ex.dense {
				c := &cells[f]
				d := c.w*(decay-1) - g*ex.v
				c.w += d
				c.sum += steps * d
			}
			b -= g
			sumB -= steps * g
			if epoch >= avgFrom {
				steps++
			}
		}
	}
	// Averaged weights: w - sum/steps is the mean of w over all steps.
	m := &model{w: make([]float32, 1<<modelBits)}
	for i, c := range cells {
		m.w[prep.features[i]] = c.w - c.sum/steps
	}
	m.b = b - sumB/steps
	return m
}

// prepared is what training needs of one message, computed once: its
// features and its place in each epoch's order.
type prepared struct {
	dense []uint32 // its hashed features, renumbered densely across the training data
	keys  [modelEpochs]uint32
}

// training is the prepared messages and how many distinct features they
// have: training updates a weight array of that size, small enough to
// stay in cache, instead of one of every possible hash.
type training struct {
	texts    map[string]*prepared
	features []uint32 // dense number → hash
}

// normalizeAll normalises every text once, on all cores: the everyday
// words and both classifiers' features read the same words.
func normalizeAll(texts ...[]string) map[string][]string {
	var all []string
	for _, ts := range texts {
		all = append(all, ts...)
	}
	words := make([][]string, len(all))
	onAllCores(len(all), func(i int) { words[i] = Normalize(all[i]) })
	out := make(map[string][]string, len(all))
	for i, t := range all {
		out[t] = words[i]
	}
	return out
}

// onAllCores calls do(i) for every i below n, spread over the cores.
func onAllCores(n int, do func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), 8)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w; i < n; i += workers {
				do(i)
			}
		})
	}
	wg.Wait()
}

// prepare computes the features and order keys of every text, on all
// cores, from norm, which holds every text normalised (normalizeAll).
func prepare(norm map[string][]string, texts ...[]string) *training {
	var all []string
	seen := map[string]bool{}
	for _, ts := range texts {
		for _, t := range ts {
			if !seen[t] {
				seen[t] = true
				all = append(all, t)
			}
		}
	}
	out := make([]prepared, len(all))
	onAllCores(len(all), func(i int) {
		p := &out[i]
		// (A copy of its own length: featuresOf's slice keeps room for
		// every n-gram, three times what is left once they are merged.)
		p.dense = slices.Clone(featuresOf(norm[all[i]]))
		orderKeys(&p.keys, p.dense)
	})
	tr := &training{texts: make(map[string]*prepared, len(all))}
	number := make([]int32, 1<<modelBits) // hash → dense number + 1
	for i, t := range all {
		p := &out[i]
		// Renumbered in place: the hashes are not needed again, and the
		// sets' tens of thousands of messages would hold them twice.
		for j, f := range p.dense {
			if number[f] == 0 {
				tr.features = append(tr.features, f)
				number[f] = int32(len(tr.features))
			}
			p.dense[j] = uint32(number[f] - 1)
		}
		tr.texts[t] = p
	}
	return tr
}

// orderKeys places an example in each epoch's order: a hash of its
// features and the epoch, the same whatever else is being learned. The
// epochs' hashes are computed side by side, which the processor runs in
// parallel.
func orderKeys(keys *[modelEpochs]uint32, feats []uint32) {
	for e := range keys {
		keys[e] = uint32(2166136261) ^ uint32(e)
	}
	for _, f := range feats {
		for e := range keys {
			keys[e] = (keys[e] ^ f) * 16777619
		}
	}
}

// prob is the probability that text is a crisis message.
func (m *model) prob(text string) float64 {
	return m.probOf(features(text))
}

// probOf is prob of a text's features: two classifiers read one message's
// features computed once.
func (m *model) probOf(fs []uint32) float64 {
	if len(fs) == 0 {
		return 0
	}
	return m.score(fs, float32(1/math.Sqrt(float64(len(fs)))))
}

func (m *model) score(fs []uint32, v float32) float64 {
	z := m.b
	for _, f := range fs {
		z += m.w[f] * v
	}
	return 1 / (1 + math.Exp(-float64(z)))
}

// features hashes a message's words, word pairs and character 3- to
// 5-grams (of the normalised words, so "dont" and "don't" agree), each
// counted once. It allocates only the result.
func features(text string) []uint32 {
	return featuresOf(Normalize(text))
}

// classifierSkips are words the classifiers do not read: "sittings", as
// many patients in India call the sessions, shares its letters with
// "sitting" on a ledge or a track ("how many sittings will be required"
// read 0.87 crisis), and read as "sessions" it took on that word's
// reassurance ("sittings khatam hote hi main bhi khatam" went unread;
// round 52 review). The phrases and masks see it as typed.
var classifierSkips = map[string]bool{"sittings": true, laughWord: true}

// featuresVersion names how featuresOf reads a text; it is part of the
// weights' cache key, so change it with featuresOf.
const featuresVersion = "3"

// featuresOf is features of a text's normalised words.
func featuresOf(words []string) []uint32 {
	if len(words) == 0 {
		return nil
	}
	const offset, prime = 2166136261, 16777619 // FNV-1a
	hash := func(kind byte, parts ...string) uint32 {
		h := uint32(offset)
		h = (h ^ uint32(kind)) * prime
		for i, p := range parts {
			if i > 0 {
				h = (h ^ ' ') * prime
			}
			for j := 0; j < len(p); j++ {
				h = (h ^ uint32(p[j])) * prime
			}
		}
		return h & (1<<modelBits - 1)
	}
	if slices.ContainsFunc(words, func(w string) bool { return classifierSkips[w] }) {
		words = slices.DeleteFunc(slices.Clone(words), func(w string) bool { return classifierSkips[w] })
		if len(words) == 0 {
			return nil
		}
	}
	joined := " " + strings.Join(words, " ") + " "
	out := make([]uint32, 0, 2*len(words)+3*len(joined))
	for i, w := range words {
		out = append(out, hash('w', w))
		if i > 0 {
			out = append(out, hash('b', words[i-1], w))
		}
	}
	// Byte offsets of each rune, so n-grams are whole characters.
	starts := make([]int, 0, len(joined)+1)
	for i := range joined {
		starts = append(starts, i)
	}
	starts = append(starts, len(joined))
	for n := 3; n <= 5; n++ {
		for i := 0; i+n < len(starts); i++ {
			out = append(out, hash(byte('0'+n), joined[starts[i]:starts[i+n]]))
		}
	}
	return slices.Compact(radixSort(out))
}

// radixSort sorts hashed features (below 2^modelBits) in three passes of
// six bits: at load it sorts every training message's features, and a
// comparison sort was a sixth of the time.
// sortByKey sorts a, whose values are key<<32 | index in rising index
// order, by key: a stable radix sort of the keys' four bytes gives what
// sorting the whole values would, in a tenth of the time.
func sortByKey(a, buf []uint64) {
	src, dst := a, buf
	for shift := 32; shift < 64; shift += 8 {
		var count [257]int
		for _, v := range src {
			count[(v>>shift)&0xff+1]++
		}
		for i := 1; i < len(count); i++ {
			count[i] += count[i-1]
		}
		for _, v := range src {
			d := (v >> shift) & 0xff
			dst[count[d]] = v
			count[d]++
		}
		src, dst = dst, src
	}
	// four passes: the result is back in a
}

func radixSort(a []uint32) []uint32 {
	const bits = 6
	buf := make([]uint32, len(a))
	src, dst := a, buf
	for shift := 0; shift < modelBits; shift += bits {
		var count [1<<bits + 1]int
		for _, v := range src {
			count[(v>>shift)&(1<<bits-1)+1]++
		}
		for i := 1; i < len(count); i++ {
			count[i] += count[i-1]
		}
		for _, v := range src {
			d := (v >> shift) & (1<<bits - 1)
			dst[count[d]] = v
			count[d]++
		}
		src, dst = dst, src
	}
	return src
}

// CrossValidation is how the phrases and the classifier together do on
// examples they did not learn from: the examples are split into folds,
// and each fold is checked by a detector trained on the others.
type CrossValidation struct {
	Folds              int
	Crisis, Caught     int // crisis examples; those that got the crisis reply
	ByClassifier       int // of Caught, those only the classifier found
	Other, FalseAlarms int // other examples; those that got it all the same
	// Advice examples, those refused as medical advice, and examples of
	// neither kind refused all the same.
	Advice, Refused, FalseRefusals int
	// Of Caught, those asked again with one of the rules' ordinary
	// questions before them (a crisis told beside a question), and those
	// still caught so.
	Beside, BesideCaught int
}

// CrossValidate checks rules with k folds of their examples. It returns
// the zero value when there are fewer examples than folds.
func CrossValidate(rules clinicbot.SafetyRules, k int) (CrossValidation, error) {
	cv := CrossValidation{Folds: k}
	if k < 2 || len(rules.Examples) < k {
		return cv, nil
	}
	for fold := 0; fold < k; fold++ {
		train := rules
		train.Examples = nil
		var test []clinicbot.SafetyExample
		i := 0
		for _, ex := range rules.Examples {
			switch {
			case ex.FromSet || ex.Taught:
				// The eval sets model.learn_from names are learned from
				// in every fold: the folds measure the written examples.
				train.Examples = append(train.Examples, ex)
			case i%k == fold:
				test = append(test, ex)
				i++
			default:
				train.Examples = append(train.Examples, ex)
				i++
			}
		}
		d, err := New(train)
		if err != nil {
			return cv, err
		}
		for _, ex := range test {
			r := d.Check(ex.Text)
			crisis := r.Verdict == clinicbot.Crisis
			switch refused := r.Verdict == clinicbot.Advice; {
			case ex.Advice:
				cv.Advice++
				if refused {
					cv.Refused++
				}
			case !ex.Crisis && refused:
				cv.FalseRefusals++
			}
			if ex.Crisis {
				cv.Crisis++
				if crisis {
					cv.Caught++
					if strings.HasPrefix(r.Phrase, "classifier ") {
						cv.ByClassifier++
					}
					if len(rules.Ordinary) > 0 {
						q := rules.Ordinary[(cv.Beside*7919)%len(rules.Ordinary)]
						cv.Beside++
						if d.Check(q+" "+ex.Text).Verdict == clinicbot.Crisis {
							cv.BesideCaught++
						}
					}
				}
				continue
			}
			cv.Other++
			if crisis {
				cv.FalseAlarms++
			}
		}
	}
	return cv, nil
}
