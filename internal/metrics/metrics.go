// Package metrics exposes clinicbot's Prometheus metrics. A Metrics is safe
// for concurrent use; it holds its own registry (no global state).
package metrics

import (
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Metrics are the counters and histograms the bot updates.
type Metrics struct {
	reg     *prometheus.Registry
	replies *prometheus.CounterVec
	score   prometheus.Histogram
	latency prometheus.Histogram
	errors  *prometheus.CounterVec
	reloads *prometheus.CounterVec
	entries prometheus.Gauge
}

// New returns metrics; handoffs reports the number of handoffs by status
// (pending, sent, failed) at each scrape.
func New(handoffs func() map[string]int) *Metrics {
	m := &Metrics{
		reg: prometheus.NewRegistry(),
		replies: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "clinicbot_replies_total", Help: "Replies sent to patients, by kind (answer, handoff, crisis, fallback, smalltalk).",
		}, []string{"kind"}),
		score: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "clinicbot_match_confidence", Help: "Confidence of the best knowledge match for each question (0 to 1).",
			Buckets: []float64{0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1},
		}),
		latency: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "clinicbot_reply_seconds", Help: "Time from receiving a message to the reply being sent.",
			Buckets: prometheus.ExponentialBuckets(0.001, 2, 14),
		}),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "clinicbot_errors_total", Help: "Errors talking to Telegram or Slack, by service and kind.",
		}, []string{"service", "kind"}),
		reloads: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "clinicbot_knowledge_reloads_total", Help: "Knowledge reloads, by result (ok, failed).",
		}, []string{"result"}),
		entries: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "clinicbot_knowledge_entries", Help: "Knowledge entries being served.",
		}),
	}
	for _, k := range []string{"answer", "handoff", "crisis", "fallback", "smalltalk"} {
		m.replies.WithLabelValues(k)
	}
	for _, r := range []string{"ok", "failed"} {
		m.reloads.WithLabelValues(r)
	}
	handoffGauge := prometheus.NewDesc("clinicbot_handoffs", "Stored handoffs by status (pending, sent, failed).", []string{"status"}, nil)
	m.reg.MustRegister(m.replies, m.score, m.latency, m.errors, m.reloads, m.entries,
		collector{desc: handoffGauge, fn: handoffs})
	return m
}

// Reply records one reply: its kind, match confidence (for matched
// questions) and how long it took.
func (m *Metrics) Reply(kind string, confidence float64, matched bool, took time.Duration) {
	m.replies.WithLabelValues(kind).Inc()
	if matched {
		m.score.Observe(confidence)
	}
	m.latency.Observe(took.Seconds())
}

// Error records an error of a service (telegram, slack) by kind.
func (m *Metrics) Error(service, kind string) { m.errors.WithLabelValues(service, kind).Inc() }

// Reload records a knowledge reload and the entries now served.
func (m *Metrics) Reload(ok bool, entries int) {
	if ok {
		m.reloads.WithLabelValues("ok").Inc()
		m.entries.Set(float64(entries))
		return
	}
	m.reloads.WithLabelValues("failed").Inc()
}

// Handler serves the metrics in Prometheus text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
}

// collector reports handoff counts at scrape time.
type collector struct {
	desc *prometheus.Desc
	fn   func() map[string]int
}

func (c collector) Describe(ch chan<- *prometheus.Desc) { ch <- c.desc }

func (c collector) Collect(ch chan<- prometheus.Metric) {
	if c.fn == nil {
		return
	}
	counts := c.fn()
	for _, s := range []string{"pending", "sent", "failed"} {
		ch <- prometheus.MustNewConstMetric(c.desc, prometheus.GaugeValue, float64(counts[s]), s)
	}
}
