package match

import "strings"

// commonWords are everyday English words that say little about a topic.
// When a message uses one that no entry has, it counts less against the
// match than a rare word does ("can it give me more energy" is still about
// energy; "what's the football score" is not about the clinic), and it is
// never "corrected" into a knowledge word ("cook" is not a typo of "cool").
var commonWords = toSet(`
about above across actually add after again against ago all almost alone along already
also although always amount another answer anybody anyone anything anyway anywhere around
ask asked asking away back bad badly basically be became because become becomes bed before
begin beginning behind believe below best better between big bit both bring brought build
call came care carry case cause certain certainly change check clear clearly close come
comes coming completely consider could couple course day days decide definitely did
different do does doing done down during each early easy either else end enough even ever
every everybody everyone everything exactly example except expect experience explain fact
far fix fixed feel feeling feels felt few find fine first follow following for found free friday from
front full fully further get gets getting give given gives giving go goes going gone good
got great guess had half happen happened happens hard has have having hear heard help here
high hold home hope hour hours however idea important instead into just keep kept kind
knew know known last late later least leave left less let life like likely little live
long look looking lot lots made main make makes making many matter maybe mean means meant
might mind mine minute minutes moment monday month months more most mostly much must name
near nearly need needed needs never new next nice night none normal normally nothing now
number often old once only open or other others otherwise out over own part past people
perhaps person pick place plan point possible pretty probably problem problems put quite
rather reach read ready real really reason right said same saturday saw say saying says
second see seem seems seen self send set several shall short show side simple since small
some somebody someone something sometimes soon sort start started still stop such sunday
sure take taken takes taking talk tell than thank that then there thing things think
thinking third those though thought through thursday till time times today together told
tomorrow too took total tried true truly try trying tuesday turn twice under until up upon
use used useful uses using usual usually very wait want wanted wants was way ways wednesday
week weekend weeks well went were what whatever when where whether which while who whole
why will wish with within without wonder word work worked works worry worse worst would
year years yes yesterday yet
mother mom mum father dad parent parents son daughter child children kid kids wife husband
brother sister friend family relative uncle aunt grandmother grandfather boyfriend girlfriend partner
`)

func toSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
