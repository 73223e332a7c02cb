package match

import (
	"context"
	"sort"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
)

// Confidence is calibrated on the folder itself when the index is built:
// every phrasing (at most maxProbes) is asked with it left out of its
// entry, as if an admin had never written it, and how often the best hit
// was right is fitted, rising, against the best hit's margin (its coverage
// and how far it leads the runner-up in coverage and in similarity). The
// same margin on another folder maps to that folder's own rate, so the
// number means the same on any knowledge: of answers at confidence 0.95,
// about 95 in 100 held-out phrasings were right. Real questions are no
// harder than held-out phrasings on the sets measured (see README), so it
// errs on the careful side.

// calibration maps a margin to the share of held-out phrasings that were
// right at that margin or one like it: a rising step function.
type calibration struct {
	margins []float64 // ascending: the lowest margin of each step
	rates   []float64 // rising: the share right in each step
}

// calibrationPrior shrinks each step's share right towards one half as if
// it had held this much of a probe more of each kind: a step of a few
// held-out phrasings, all right, is no proof of 95 in 100. On twenty
// folders of other domains nobody tuned for, written one question or
// two or three phrasings per entry (5,870 people's questions), the
// answers called confident went from 189 right of 201 (94.0 %) to 111 of
// 115 (96.5 %); on the clinic's own sets from 4,860 of 4,897 to 4,383 of
// 4,420 (both 99.2 %), every reply the same.
const calibrationPrior = 0.2

// minCalibrationProbes is the fewest held-out phrasings a calibration is
// fitted on; with fewer, confidence is the coverage.
const minCalibrationProbes = 20

// margin is what confidence is read from: the best hit's coverage plus its
// lead over the runner-up in coverage and in similarity.
func margin(hits []clinicbot.Hit) float64 {
	if len(hits) == 0 {
		return 0
	}
	m := hits[0].Coverage
	if len(hits) > 1 {
		m += hits[0].Coverage - hits[1].Coverage + hits[0].Similarity - hits[1].Similarity
	} else {
		m += hits[0].Coverage + hits[0].Similarity
	}
	return m
}

// calibrate fits ix.calib from held-out phrasings.
func (ix *Index) calibrate(ctx context.Context) error {
	type point struct {
		m     float64
		right bool
	}
	// Held-out phrasings are ranked without the intent classifier (it
	// learned them): the calibration is of the ranking without it, which
	// ranks a little worse, so it errs on the careful side.
	items := ix.probeItems()
	if len(items) < minCalibrationProbes {
		// A folder written one question per entry: each question is asked
		// with only its entry's answer left to find it by, which is harder
		// than a patient's question (it also shares words with the
		// question), so the calibration errs on the careful side.
		items = ix.probesOf(1)
	}
	var pts []point
	for _, it := range items {
		p := ix.phrasings[it.id][it.i]
		out := &heldOut{entry: it.id, index: it.i, terms: ix.termsWithout(it.id, p.text)}
		hits, err := ix.search(ctx, p.text, 2, out)
		if err != nil {
			return err
		}
		if len(hits) == 0 {
			continue
		}
		pts = append(pts, point{margin(hits), hits[0].EntryID == it.id})
	}
	ix.calib = calibration{}
	if len(pts) < minCalibrationProbes {
		return nil
	}
	sort.Slice(pts, func(i, j int) bool { return pts[i].m < pts[j].m })
	// Pool adjacent violators: merge neighbouring blocks until the share
	// right rises with the margin.
	type block struct {
		lo          float64
		right, size float64
	}
	var bs []block
	for _, p := range pts {
		b := block{lo: p.m, size: 1}
		if p.right {
			b.right = 1
		}
		bs = append(bs, b)
		for len(bs) > 1 {
			a, c := bs[len(bs)-2], bs[len(bs)-1]
			if a.right/a.size < c.right/c.size {
				break
			}
			bs = bs[:len(bs)-2]
			bs = append(bs, block{lo: a.lo, right: a.right + c.right, size: a.size + c.size})
		}
	}
	for _, b := range bs {
		ix.calib.margins = append(ix.calib.margins, b.lo)
		ix.calib.rates = append(ix.calib.rates, (b.right+calibrationPrior)/(b.size+2*calibrationPrior))
	}
	return nil
}

// confidence is the calibrated chance that hits[0] is right.
func (ix *Index) confidence(hits []clinicbot.Hit) float64 {
	if len(hits) == 0 {
		return 0
	}
	c := ix.calib
	if len(c.margins) == 0 {
		return hits[0].Coverage
	}
	m := margin(hits)
	i := sort.SearchFloat64s(c.margins, m)
	if i == len(c.margins) || c.margins[i] > m {
		i--
	}
	if i < 0 {
		return c.rates[0]
	}
	// Never surer than the coverage allows: an off-topic message whose
	// best hit leads a weak runner-up is still off-topic.
	return min(c.rates[i], max(hits[0].Coverage, 0))
}
