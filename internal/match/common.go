package match

import "strings"

// commonWords are everyday English words that say little about a topic.
// When a message uses one that no entry has, it counts less against the
// match than a rare word does ("can it give me more energy" is still about
// energy; "what's the football score" is not about the clinic), and it is
// never "corrected" into a knowledge word ("cook" is not a typo of "cool").
var commonWords = union(hindiCommonWords, toSet(`
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
mentioned suggested recommended generally three supposed properly cases happening curious bringing
currently considering barely etc lol super regards decade
diagnosed suffering suffered struggling struggled search searched searching googled googling
overall honestly seriously totally literally
future someday sometime eventually anytime afterwards meanwhile nowadays
mother mom mum father dad parent parents son daughter child children kid kids wife husband
brother sister friend family relative uncle aunt grandmother grandfather boyfriend girlfriend partner
`))

func toSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// everydayWords are more real English words. They keep their full weight
// (a message about the weather or a movie is off-topic), but they are
// never "corrected" into knowledge words: "chance" is not a typo of
// "change", nor "movie" of "move"; nor an illness of the body (forty-sixth
// round): "my mother has cancer, can she have ketamine" is no request to
// cancel.
var everydayWords = toSet(`
able absolutely accept accepted thanking accident account act action active actual add added address admit adult advance advice affect afraid afternoon age agree ahead air allow allowed alright amazing angry animal annoying anxious anybody apart appear apply area argue arm army arrive art article aside asleep attack attempt attention aunt available average avoid awake aware awful baby background bag ball bank bar base basic bath beach bear beat beautiful beauty bedroom beer begin behave belief belong bill birth birthday black blame blank blind block blood blow blue board boat body bone book boring born borrow boss bother bottle bottom box boy brain brave bread break breakfast breath bright brilliant broke broken brown budget bus business busy buy cake camera campaign cancel capital car card career careful carefully cat catch caught cause cell center central century chair challenge chance change channel chapter character charge cheap check cheese chicken chief child choice choose church circle city claim class classic clean client climb clock clothes cloud club coach coat code coffee cold college colour color common community company compare complete computer concern condition confirm connect consider contact contain content continue control cook cool copy corner correct cost count country couple courage cousin cover crazy create credit crime cross crowd cry culture cup current customer cut cute daily damage dance danger dark data date daughter dead deal dear death debt decide decision deep degree delay deliver demand department depend describe design desk detail develop device dialogue die diet difference difficult dinner direct direction dirty discover discuss disease dish doctor dog dollar door double doubt dream dress drink drive driver drop dry due dust duty ear earn earth east eat economy edge education effect effort egg election electric else email emergency employee empty energy engine enjoy enter entire environment equal error escape especially event evening evidence exact exam excellent excited excuse exercise exist expensive explain extra eye face factor fail fair fall false family famous fan fashion fast fat fault fear feature fee field fight figure file fill film final finally finance finger finish fire firm fish fit flat flight floor flower fly focus food foot force foreign forest forget forgive form forward fresh friend fruit fun funny gain game garden gas gate general gentle gift girl glad glass goal god gold golf government grade grand green ground group grow guard guest guide guy hair hand handle hang happy hate head health healthy heart heat heavy hell hello hide hill hire history hit hobby holiday honest horse hospital host hot hotel house huge human hungry hurry husband ice ill image imagine impact improve include income increase indeed industry information inside insist interest internet interview invite island issue item job join joke journey judge juice jump key kick kid kill king kiss kitchen knee knife lady lake land language large laugh law lawyer lay lazy lead learn leg legal lesson letter level library lie lift light limit line link list listen load loan local lock lonely lose loss lost loud love lovely low luck lucky lunch machine mad magazine mail major manage manager map mark market marriage married match material meal measure meat media meet meeting member memory mention menu mess message metal middle milk million miss mistake mix model modern money monitor mood morning mountain mouse mouth move movie music nation natural nature neck negative neighbour nervous net news newspaper nobody noise north nose note notice novel nurse object obvious ocean offer office officer oil online opinion option orange order ordinary organise original outside owner page pain paint pair paper parent park party pass passport path patient pattern pay peace pen pencil perfect period permission phone photo physical piano picture piece pink plane plant plastic plate play player pleasant pleasure pocket poem police policy polite political poor popular position positive post pound power practice prepare present president press pressure price print private prize process produce product profit program project promise proper property protect proud prove public pull purpose push quality quarter queen question quick quiet race radio rain raise range rate reaction reality receive recent recipe record red reduce region relax release remember remove rent repair repeat reply report request research respect rest result return rich ride ring rise risk river road rock role room rule run sad safe salary sale salt sand save scale scene school science score screen sea search season seat secret section security sell sense sentence serious serve service settle sex shake shape share sharp sheet shirt shock shoe shoot shop shopping shot shoulder shout shut sick sign signal silent silly silver simple sing single sister site situation size skill skin sky sleep slow smart smell smile smoke snow social society soft software soldier solution song sorry sound soup south space speak special speech speed spend sport spring square staff stage stair stand star state station stay steal step stick stock stone store storm story strange street strength stress strike strong student study stuff style subject success sugar suggest suit summer sun supply support suppose surprise sweet swim system table talent task taste tax tea teach teacher team tear technology teeth telephone television temperature tend term terrible test text theatre theory thick thin thirsty threat throw ticket tie tired title toe toilet tonight tool tooth top topic touch tour town toy track trade traffic train travel treat tree trial trick trip trouble truck trust truth tv type ugly uncle understand union unit university upset urban user valley value van vegetable vehicle version video view village visit voice vote walk wall war warm wash waste watch water weak wear weather website wedding weight welcome west wet wheel white wide wild win wind window wine winter wire wise woman wonderful wood worker world worried write writer wrong yard yellow young youth zone

cancer cancers tumour tumor diabetes diabetic asthma arthritis dementia alzheimers epilepsy migraine migraines thyroid kidney kidneys liver lung lungs cholesterol fever infection allergy allergic pregnancy pregnant chemo chemotherapy dialysis surgery insulin hepatitis anaemia anemia ulcer hernia injury fracture covid cough flu malaria dengue typhoid tuberculosis paralysis parkinsons psoriasis eczema obesity bipolar schizophrenia autism adhd insomnia nausea vomiting diarrhoea diarrhea constipation headache backache toothache stroke seizure seizures
calm calmer calming calmly halfway
`)

// hindiCommonWords are the everyday words of romanized and Devanagari
// Hindi among commonWords ("samay", "din", "ghar", "समय"): they weigh as
// little as the English ones, but where the Hinglish lexicon gives one
// its English word and the knowledge has that word, it stands for it
// ("पानी किस समय आता है" asks about water supply timings).
var hindiCommonWords = toSet(`
maa mummy mumma papa pita pitaji bhai behen bahan beta beti pati patni dadi nani dada nana chacha
माँ मां मम्मी पापा पिता पिताजी भाई बहन बेटा बेटी पति पत्नी दादी नानी दादा नाना चाचा
baare bare jankari jaankari cheez cheej naam liya bataya pata samay der baad pehle pahle sab zyada jyada
kam acha achha accha theek thik sahi baat log logo logon din saal ghar kaam karwana karvana padta padti
padega padegi lena dena aana ana jana jaana milna milega milegi milta milti rehna andar bahar paas pass
saath sath phir fir dobara wapas exactly usually news padha kisi bhej bhejo dena abhi aaj kal waise
asal sach sachme suna suni dekha dekhi lagta lagti wala khaas khas
khud pura poora puri poori bharna bharni bharne karni karne kiya kiye diya diye hua hui hue rehta rehti
rehte jayega jayegi jaega jaegi samjha samjhao samjhaiye puchna poochna sirf bas ekdum bilkul wahi yahi
waisa aisa aise kaisa kaisi kahan kyun kyu kyon kaun kon agar lekin magar matlab yani yaani shayad zaroor
jaroor zarur jarur hamesha kabhi upar neeche tarah tareeka tarika humein hume unhe isko usme isme ismein
usmein mujhko hamara humara aapko apko bolo boliye padte payenge paunga sakenge
बारे जानकारी चीज़ चीज नाम लिया बताया पता समय टाइम देर बाद पहले सब बहुत ज़्यादा ज्यादा कम अच्छा ठीक सही
बात लोग लोगों दिन साल घर काम करवाना पड़ता पड़ती पड़ेगा पड़ेगी लेना देना आना जाना मिलना मिलेगा मिलेगी मिलता
मिलती रहना अंदर बाहर पास साथ फिर दोबारा वापस अभी आज कल वैसे असल सच सुना देखा लगता लगती ख़ास खास
कृपया कृपा कृप्या आदरणीय महोदय महोदया श्रीमान सूचित अवगत कुल आखिर आख़िर kripya kripaya kripa krupya
aadarniya adarniya mahoday mahodaya shriman suchit avgat aakhir akhir
`)

// hindiSecondMeaning are common Hindi words that stand for no one English
// word (review rev39): "paas" is near, passed an exam, and "mere paas"
// (I have); "wapas" is back as well as a refund; "naam" in "aapka naam kya
// hai" asks the bot's name, not about a name on a record; "sab" is all.
var hindiSecondMeaning = toSet(`paas pass wapas waapas naam sab पास वापस नाम सब`)

func union(a, b map[string]bool) map[string]bool {
	out := make(map[string]bool, len(a)+len(b))
	for w := range a {
		out[w] = true
	}
	for w := range b {
		out[w] = true
	}
	return out
}
