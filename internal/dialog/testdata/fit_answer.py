#!/usr/bin/env python3
"""Fits dialog.answerWeights (internal/dialog/answerprob.go).

    FAQ_FEATURES=/tmp/faq.tsv go test -run TestAnswerModelOnFAQFolders ./internal/match/
    python3 internal/dialog/testdata/fit_answer.py /tmp/faq.tsv

Each row of the TSV is one customer's message in one FAQ folder nobody
tuned for (internal/match/testdata): folder, expected kind, expected entry,
the best three hits (entry, coverage, similarity, score, matched words,
confidence), whether the coverage thresholds alone answer, whether the best
entry has few phrasings, and the text. The model is a plain logistic
regression (pure Python, no libraries) of "the best hit is the right
entry" over answerFeatures; it is cross-validated five ways by folder and
the grid of (KeepAt, AnswerAt) printed, then fitted on all rows.
"""
import math
import random
import sys

# Folders written after the model was first fitted (thirty-ninth round),
# kept out of the fit to measure it on folders it never saw.
HELD_OUT = {'proptax', 'yoga', 'schooladm', 'cablecar'}


def features(r):
    def g(k, i):
        return float(r[3 + 6 * k + i])
    c1, s1, sc1, m1, cf1 = (g(0, i) for i in (1, 2, 3, 4, 5))
    c2, s2, sc2 = (g(1, i) for i in (1, 2, 3))
    eps = 1e-3
    return [1.0, c1, s1, math.log(sc1 + eps), cf1, c2, s2, math.log((sc1 + eps) / (sc2 + eps)),
            m1 / 5.0, c1 - c2, s1 - s2, c1 * s1]


def train(rows, epochs=30, rate=0.05, l2=1e-4):
    w = [0.0] * len(rows[0][1])
    for ep in range(epochs):
        random.Random(ep).shuffle(rows)
        for _, x, y, _, _ in rows:
            z = max(-30.0, min(30.0, sum(a * b for a, b in zip(w, x))))
            g = 1 / (1 + math.exp(-z)) - y
            for i in range(len(w)):
                w[i] -= rate * (g * x[i] + l2 * w[i])
    return w


def main(path):
    data = []
    for line in open(path, encoding='utf-8'):
        r = line.rstrip('\n').split('\t')
        right = r[1] == 'answer' and r[3] == r[2]
        kind = 'right' if right else ('wrong' if r[1] == 'answer' else 'off')
        if r[22] != 'true' or r[0] in HELD_OUT:
            continue  # the model decides entries of few phrasings only
        data.append((r[0], features(r), 1 if right else 0, kind, r[21] == 'true'))
    folders = sorted({d[0] for d in data})
    random.Random(1).shuffle(folders)
    p = {}
    for k in range(5):
        test = set(folders[k::5])
        w = train([d for d in data if d[0] not in test])
        for i, d in enumerate(data):
            if d[0] in test:
                p[i] = 1 / (1 + math.exp(-sum(a * b for a, b in zip(w, d[1]))))

    def tally(rule):
        t = {'right': 0, 'wrong': 0, 'off': 0}
        for i, d in enumerate(data):
            if rule(d, p[i]):
                t[d[3]] += 1
        return t['right'], t['wrong'], t['off']

    print('coverage thresholds alone (right, wrong, off-topic answered):', tally(lambda d, q: d[4]))
    for keep in (0.25, 0.3, 0.35):
        for at in (0.6, 0.65, 0.7):
            print('KeepAt %.2f AnswerAt %.2f' % (keep, at),
                  tally(lambda d, q: (d[4] and q >= keep) or (q >= at and d[1][1] >= 0.25)))
    w = train(list(data))
    print('answerWeights = [...]float64{%s}' % ', '.join('%.4f' % x for x in w))


if __name__ == '__main__':
    main(sys.argv[1])
