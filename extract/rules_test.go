package extract

import (
	"fmt"
	"sort"
	"strings"
	"testing"
)

// fact is a relation reduced to what a reader checks: "TYPE src tgt date status".
func facts(r Result) []string {
	var out []string
	for _, rel := range r.Relations {
		out = append(out, fmt.Sprintf("%s %s %s %s %s", rel.Type, rel.Source, rel.Target, orNull(rel.Date.String()), rel.Status))
	}
	sort.Strings(out)
	return out
}

func orNull(s string) string {
	if s == "" {
		return "null"
	}
	return s
}

func TestRules(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		published string
		text      string
		want      []string // facts that must be there
		wantNot   []string // prefixes of facts that must not be there
	}{
		{
			name: "en visit with weekday", published: "2024-05-16",
			text: "Russian President Vladimir Putin arrived in Beijing on Wednesday.",
			want: []string{"VISITED vladimir-putin beijing 2024-05-15 occurred", "VISITED vladimir-putin CN 2024-05-15 occurred", "HOLDS_OFFICE vladimir-putin RU null occurred"},
		},
		{
			name: "ar visit verb first", published: "2024-05-16",
			text: "وصل الرئيس الروسي إلى بكين يوم الأربعاء.",
			want: []string{"VISITED vladimir-putin beijing 2024-05-15 occurred"},
		},
		{
			name: "ar planned tomorrow", published: "2024-05-16",
			text: "ومن المقرر أن يزور بوتين مدينة هاربين غدًا الجمعة.",
			want: []string{"VISITED vladimir-putin harbin 2024-05-17 planned"},
		},
		{
			name: "en future tense", published: "2024-05-16",
			text: "Modi will visit Moscow next month.",
			want: []string{"VISITED narendra-modi moscow 2024-06 planned"},
		},
		{
			name: "en negated visit", published: "2024-05-16",
			text:    "Putin did not visit Beijing in March.",
			wantNot: []string{"VISITED"},
		},
		{
			name: "ar negated attendance", published: "2023-08-24",
			text:    "ولم يحضر الرئيس الروسي قمة بريكس في جوهانسبرغ.",
			wantNot: []string{"ATTENDED"},
		},
		{
			name: "en hypothetical meeting", published: "2024-05-16",
			text:    "If Biden met Xi in Paris, markets would rally.",
			wantNot: []string{"MET"},
		},
		{
			name: "en conditional by inversion", published: "2024-05-16",
			text:    "Were the Saudi crown prince to visit Beijing this year, it would be a statement.",
			wantNot: []string{"VISITED"},
		},
		{
			name: "en inversion after a clause", published: "2024-05-16",
			text:    "Analysts say that, should Egypt and Turkey sign the pact, trade would double.",
			wantNot: []string{"SIGNED_AGREEMENT"},
		},
		{
			name: "ar application is not accession", published: "2023-07-18",
			text:    "وقدمت الجزائر طلبا رسميا للانضمام إلى مجموعة بريكس.",
			wantNot: []string{"JOINED"},
		},
		{
			name: "ties are not a partnership", published: "2024-05-16",
			text:    "Ties between China and Russia have deepened, and relations between the two countries are strong.",
			wantNot: []string{"PARTNER_OF", "TRADE_PARTNER_OF"},
		},
		{
			name: "ar relations are not a partnership", published: "2024-05-16",
			text:    "تشهد العلاقات بين الصين وروسيا تطورا ملحوظا.",
			wantNot: []string{"PARTNER_OF"},
		},
		{
			name: "trade war is not a trade tie", published: "2019-05-16",
			text:    "The trade war between China and the United States escalated.",
			wantNot: []string{"TRADE_PARTNER_OF"},
		},
		{
			name: "sino adjective partnership", published: "2024-05-16",
			text: "The Sino-Russian partnership is no alliance, officials said.",
			want: []string{"PARTNER_OF CN RU null occurred"},
		},
		{
			name: "counterpart resolves to the office holder", published: "2024-05-16",
			text: "استقبل الرئيس الصيني نظيره الروسي في بكين.",
			want: []string{"MET vladimir-putin xi-jinping null occurred", "HOLDS_OFFICE xi-jinping CN null occurred", "HOLDS_OFFICE vladimir-putin RU null occurred"},
		},
		{
			name: "office holder depends on the date", published: "2010-06-01",
			text: "The Russian president met the Chinese president in Moscow.",
			want: []string{"MET dmitry-medvedev hu-jintao null occurred"},
		},
		{
			name: "aide is not the actor", published: "2024-05-16",
			text:    "وقال مساعد الرئيس الروسي يوري أوشاكوف إن الاجتماع سيكون مكثفا.",
			wantNot: []string{"MET", "HOLDS_OFFICE yuri-ushakov RU null occurred"},
		},
		{
			name: "membership by cooperation within", published: "2024-05-16",
			text: "روسيا والصين تتعاونان في إطار منظمة شنغهاي للتعاون.",
			want: []string{"MEMBER_OF RU SCO null occurred", "MEMBER_OF CN SCO null occurred"},
		},
		{
			name: "cooperation with an organisation is not membership", published: "2024-05-16",
			text:    "China will cooperate with the European Union on climate.",
			wantNot: []string{"MEMBER_OF"},
		},
		{
			name: "accession with date", published: "2024-07-05",
			text: "Belarus joined the Shanghai Cooperation Organisation on July 4, 2024.",
			want: []string{"JOINED BY SCO 2024-07-04 occurred"},
		},
		{
			name: "ar accession levantine month", published: "2024-07-05",
			text: "انضمت بيلاروس إلى منظمة شنغهاي للتعاون في ٤ تموز ٢٠٢٤.",
			want: []string{"JOINED BY SCO 2024-07-04 occurred"},
		},
		{
			name: "signing parties", published: "2022-12-09",
			text: "China and Saudi Arabia signed a strategic partnership agreement on Thursday.",
			want: []string{"SIGNED_AGREEMENT CN SA 2022-12-08 occurred"},
		},
		{
			name: "summit host and attendance", published: "2024-10-24",
			text: "Russia hosted the BRICS summit in Kazan on Tuesday, and Egyptian President Abdel Fattah el-Sisi attended the BRICS summit.",
			want: []string{"HOSTED_SUMMIT RU BRICS 2024-10-22 occurred", "HOSTED_SUMMIT kazan BRICS 2024-10-22 occurred", "ATTENDED abdel-fattah-el-sisi BRICS 2024-10-22 occurred"},
		},
		{
			name: "a summit shares its verb's status", published: "2022-12-09",
			text: "Xi will also attend a China-GCC summit in Riyadh on Friday.",
			want: []string{"ATTENDED xi-jinping GCC 2022-12-09 planned", "HOSTED_SUMMIT riyadh GCC 2022-12-09 planned"},
		},
		{
			name: "capital stands for the state", published: "2024-05-16",
			text: "Moscow and Beijing agreed to deepen their strategic partnership.",
			want: []string{"PARTNER_OF CN RU null occurred"},
		},
		{
			name: "last year and month", published: "2024-05-16",
			text: "زار الرئيس الصيني شي جين بينغ موسكو في مارس من العام الماضي.",
			want: []string{"VISITED xi-jinping moscow 2023-03 occurred"},
		},
		{
			name: "surname needs the full name", published: "2024-05-16",
			text:    "Sharif met Khan.",
			wantNot: []string{"MET"},
		},
		{
			name: "two visits on different dates", published: "2024-05-16",
			text: "Xi visited Moscow in March 2023. Xi visited Moscow again in May 2015.",
			want: []string{"VISITED xi-jinping moscow 2023-03 occurred", "VISITED xi-jinping moscow 2015-05 occurred"},
		},
		{
			name: "accession takes its effective date", published: "2023-08-24",
			text:    "BRICS leaders agreed on Thursday to admit Egypt and Iran from January 1 next year.",
			want:    []string{"JOINED EG BRICS 2024-01-01 planned", "JOINED IR BRICS 2024-01-01 planned"},
			wantNot: []string{"JOINED EG BRICS 2023", "MEMBER_OF"},
		},
		{
			name: "since-clause date is not the event's", published: "2024-08-23",
			text:    "Modi arrived in Kyiv on Friday, the first such visit since Ukraine became independent in 1991.",
			want:    []string{"VISITED narendra-modi kyiv 2024-08-23 occurred"},
			wantNot: []string{"VISITED narendra-modi UA 1991"},
		},
		{
			name: "pair anaphor: the two countries", published: "2024-09-04",
			text: "Sisi held talks with Erdogan in Ankara. The two countries signed 17 memoranda of understanding.",
			want: []string{"SIGNED_AGREEMENT EG TR null occurred"},
		},
		{
			name: "pair anaphor: ar البلدان", published: "2023-06-15",
			text: "التقى بوتين نظيره الجزائري عبد المجيد تبون في موسكو. ووقع البلدان إعلان شراكة استراتيجية معمقة.",
			want: []string{"SIGNED_AGREEMENT DZ RU null occurred", "PARTNER_OF DZ RU null occurred"},
		},
		{
			name: "a chair is a member, whatever the mood", published: "2023-09-10",
			text: "If the talks fail, analysts said, India's presidency of the G20 would be seen as a setback.",
			want: []string{"MEMBER_OF IN G20 null occurred"},
		},
		{
			name: "alongside extends an accession", published: "2024-01-01",
			text: "أصبحت الإمارات عضوا كاملا في مجموعة بريكس اعتبارا من الأول من يناير 2024، إلى جانب مصر وإثيوبيا.",
			want: []string{"JOINED AE BRICS 2024-01-01 occurred", "JOINED EG BRICS 2024-01-01 occurred", "JOINED ET BRICS 2024-01-01 occurred"},
		},
		{
			name: "partner countries are a status", published: "2025-01-07",
			text:    "Malaysia and Thailand, which became partner countries last year, have applied to join.",
			wantNot: []string{"PARTNER_OF"},
		},
		{
			name: "former office is not held", published: "2024-04-10",
			text:    "Kishida did not meet former President Donald Trump.",
			wantNot: []string{"HOLDS_OFFICE donald-trump"},
		},
		{
			name: "passive greeted by, relative clause subject", published: "2024-10-23",
			text:    "Modi, who flew into Kazan on Tuesday and was greeted by Russian President Vladimir Putin, also met Iranian President Masoud Pezeshkian.",
			want:    []string{"MET narendra-modi vladimir-putin 2024-10-22 occurred", "MET masoud-pezeshkian narendra-modi null occurred"},
			wantNot: []string{"MET masoud-pezeshkian vladimir-putin"},
		},
		{
			name: "ar imperfect verb looks forward", published: "2024-10-02",
			text: "ويشارك بزشكيان في قمة حوار التعاون الآسيوي التي تستضيفها الدوحة يوم الخميس.",
			want: []string{"ATTENDED masoud-pezeshkian ACD 2024-10-03 planned", "HOSTED_SUMMIT doha ACD 2024-10-03 planned"},
		},
		{
			name: "the summit is the one named before", published: "2024-10-23",
			text:    "Russia hosted the BRICS summit in Kazan. Erdogan attended the summit, the first leader of a NATO member to do so.",
			want:    []string{"ATTENDED recep-tayyip-erdogan BRICS null occurred"},
			wantNot: []string{"ATTENDED recep-tayyip-erdogan NATO"},
		},
		{
			name: "honorific before the name, office in the stacked titles", published: "2024-12-03",
			text: "واستقبل ولي العهد رئيس مجلس الوزراء الأمير محمد بن سلمان الرئيس الفرنسي يوم الثلاثاء.",
			want: []string{"HOLDS_OFFICE mohammed-bin-salman SA null occurred", "MET emmanuel-macron mohammed-bin-salman 2024-12-03 occurred"},
		},
		{
			name: "a tour's list of stops, for the subject not the one met", published: "2024-11-09",
			text:    "Prabowo met Chinese President Xi Jinping in Beijing on Saturday, on the first leg of a foreign tour that will also take him to Washington, Lima and Rio de Janeiro.",
			want:    []string{"VISITED prabowo-subianto washington null planned", "VISITED prabowo-subianto lima null planned", "VISITED prabowo-subianto rio-de-janeiro null planned", "VISITED prabowo-subianto BR null planned"},
			wantNot: []string{"VISITED xi-jinping"},
		},
		{
			name: "the place before the summit; participants after بمشاركة", published: "2024-11-18",
			text: "انطلقت في مدينة ريو دي جانيرو البرازيلية، الاثنين، أعمال قمة مجموعة العشرين بمشاركة الرئيس الصيني شي جين بينغ.",
			want: []string{"HOSTED_SUMMIT rio-de-janeiro G20 2024-11-18 occurred", "ATTENDED xi-jinping G20 2024-11-18 occurred"},
		},
		{
			name: "last week is a past date, not a borrowed plan", published: "2024-11-18",
			text: "ومن المقرر أن يلتقي بايدن الرئيس الصيني شي جين بينغ على هامش القمة، بعد لقائهما في ليما الأسبوع الماضي.",
			want: []string{"MET joe-biden xi-jinping null planned", "MET joe-biden xi-jinping 2024-11 occurred"},
		},
		{
			name: "a regnal name later without its ordinal", published: "2024-02-12",
			text: "استقبل بايدن الملك عبد الله الثاني. وكان الملك عبد الله قد وصل إلى واشنطن الأسبوع الماضي.",
			want: []string{"VISITED abdullah-ii washington 2024-02 occurred"},
		},
		{
			name: "no statement was signed", published: "2023-11-15",
			text:    "Xi met Biden, and no joint statement was signed by China and the United States.",
			wantNot: []string{"SIGNED_AGREEMENT"},
		},
		{
			name: "the four leaders", published: "2024-05-30",
			text: "استقبل شي جين بينغ الرئيس المصري عبد الفتاح السيسي وملك البحرين الملك حمد بن عيسى آل خليفة ورئيس دولة الإمارات الشيخ محمد بن زايد والرئيس التونسي قيس سعيد. وكان شي قد أجرى مساء الأربعاء محادثات منفصلة مع القادة الأربعة.",
			want: []string{"MET abdel-fattah-el-sisi xi-jinping 2024-05-29 occurred", "MET kais-saied xi-jinping 2024-05-29 occurred"},
		},
		{
			name: "a since-clause dates the event inside it", published: "2023-10-19",
			text: "ونقلت الوكالة عن كيم جونغ أون قوله إن العلاقات مع موسكو دخلت مرحلة جديدة منذ زيارته إلى روسيا الشهر الماضي.",
			want: []string{"VISITED kim-jong-un RU 2023-09 occurred"},
		},
		{
			name: "whose country is a member; an apposition with a comma", published: "2023-09-04",
			text: "Erdogan, whose country is a member of NATO, has refused to join sanctions. India sent its foreign minister, Subrahmanyam Jaishankar.",
			want: []string{"MEMBER_OF TR NATO null occurred", "HOLDS_OFFICE subrahmanyam-jaishankar IN null occurred"},
		},
		{
			name: "talks as a planned trip's purpose", published: "2024-02-14",
			text:    "Modi will fly on to Doha for talks with Qatar's Emir Sheikh Tamim bin Hamad Al Thani.",
			want:    []string{"MET narendra-modi tamim-bin-hamad null planned", "VISITED narendra-modi doha null planned"},
			wantNot: []string{"MET narendra-modi tamim-bin-hamad null occurred"},
		},
		{
			name: "an economic partnership agreement is not a partnership", published: "2024-02-14",
			text:    "The UAE and India signed a comprehensive economic partnership agreement in 2022.",
			want:    []string{"SIGNED_AGREEMENT AE IN 2022 occurred"},
			wantNot: []string{"PARTNER_OF"},
		},
		{
			name: "seeking to join is not joining", published: "2023-06-15",
			text:    "وقال تبون إن بلاده تسعى إلى الانضمام إلى مجموعة بريكس.",
			wantNot: []string{"JOINED"},
		},
		{
			name: "a bare definite title is the holder named last; an honorific with the first name", published: "2020-01-12",
			text: "وصل أمير دولة قطر الشيخ تميم بن حمد آل ثاني إلى طهران، وكان في استقبال الأمير الرئيس الإيراني حسن روحاني. كما التقى الشيخ تميم المرشد الأعلى علي خامنئي.",
			want: []string{"HOLDS_OFFICE tamim-bin-hamad QA null occurred", "MET hassan-rouhani tamim-bin-hamad null occurred", "MET ali-khamenei tamim-bin-hamad null occurred", "VISITED tamim-bin-hamad tehran null occurred"},
		},
		{
			name: "a dateline city is not a party", published: "2024-07-04",
			text:    "أستانا - (ديبلوغراف) - أصبحت بيلاروسيا رسميا العضو العاشر في منظمة شنغهاي للتعاون.",
			want:    []string{"JOINED BY SCO null occurred"},
			wantNot: []string{"JOINED KZ"},
		},
		{
			name: "the possessor and the subject of a trading partner", published: "2023-10-22",
			text:    "Turkey, a NATO member, has kept open its channels with Moscow throughout the war in Ukraine and is one of Russia's biggest trading partners.",
			want:    []string{"TRADE_PARTNER_OF RU TR null occurred", "MEMBER_OF TR NATO null occurred"},
			wantNot: []string{"TRADE_PARTNER_OF RU UA"},
		},
		{
			name: "a dual title before names; a summit of two leaders", published: "2023-04-13",
			text: "واتفق الوزيران على الإعداد لقمة تجمع الرئيسين عبد الفتاح السيسي ورجب طيب أردوغان.",
			want: []string{"HOLDS_OFFICE abdel-fattah-el-sisi EG null occurred", "HOLDS_OFFICE recep-tayyip-erdogan TR null occurred", "MET abdel-fattah-el-sisi recep-tayyip-erdogan null planned"},
		},
		{
			name: "the organisation a relative clause hangs on; the one received does not travel", published: "2023-12-07",
			text:    "استقبل بوتين نظيره الإيراني إبراهيم رئيسي بعد يوم من عودته من جولة شملت الإمارات. وأكد رئيسي أن طهران وموسكو تعملان معا داخل مجموعة بريكس التي ستنضم إليها إيران مطلع العام المقبل.",
			want:    []string{"VISITED vladimir-putin AE null occurred", "MEMBER_OF RU BRICS null occurred", "JOINED IR BRICS 2024 planned"},
			wantNot: []string{"VISITED ebrahim-raisi AE", "JOINED SCO"},
		},
		{
			name: "he also met", published: "2023-06-19",
			text: "Blinken arrived on Sunday and held talks with Foreign Minister Qin Gang. On Monday he also met Wang Yi.",
			want: []string{"MET antony-blinken wang-yi 2023-06-19 occurred"},
		},
		{
			name: "the guest travels in a story filed from the host's capital", published: "2019-02-22",
			text:    "بكين - (ديبلوغراف) - التقى الرئيس الصيني شي جين بينغ ولي العهد السعودي الأمير محمد بن سلمان في ختام جولة آسيوية شملت باكستان والهند. ووقع البلدان 35 اتفاقية. وقال شي إن الصين والسعودية شريكان استراتيجيان، مؤكدا دعم رؤية المملكة 2030.",
			want:    []string{"VISITED mohammed-bin-salman PK null occurred", "SIGNED_AGREEMENT CN SA null occurred", "PARTNER_OF CN SA null occurred"},
			wantNot: []string{"VISITED xi-jinping", "SIGNED_AGREEMENT IN PK", "PARTNER_OF CN SA 2030"},
		},
		{
			name: "a trilateral summit without an organisation", published: "2023-08-14",
			text: "استضاف الرئيس المصري عبد الفتاح السيسي، اليوم الاثنين، في مدينة العلمين الجديدة قمة ثلاثية جمعته مع العاهل الأردني الملك عبد الله الثاني والرئيس الفلسطيني محمود عباس.",
			want: []string{"MET abdel-fattah-el-sisi abdullah-ii 2023-08-14 occurred", "MET abdel-fattah-el-sisi mahmoud-abbas 2023-08-14 occurred", "MET abdullah-ii mahmoud-abbas 2023-08-14 occurred"},
		},
		{
			name: "a trade deal between organisations is no country pair", published: "2024-03-28",
			text:    "France and Brazil disagree on the trade deal between the European Union and the Mercosur bloc.",
			wantNot: []string{"TRADE_PARTNER_OF"},
		},
		{
			name: "a joint summit of two organisations, attended by members of one", published: "2023-10-20",
			text: "Saudi Crown Prince Mohammed bin Salman hosted the first summit between the Gulf Cooperation Council and the Association of Southeast Asian Nations in Riyadh on Friday. Malaysian Prime Minister Anwar Ibrahim and Indonesian President Joko Widodo were among the leaders who attended.",
			want: []string{"HOSTED_SUMMIT riyadh GCC 2023-10-20 occurred", "HOSTED_SUMMIT riyadh ASEAN 2023-10-20 occurred", "HOSTED_SUMMIT SA GCC 2023-10-20 occurred", "ATTENDED anwar-ibrahim ASEAN 2023-10-20 occurred", "ATTENDED joko-widodo ASEAN 2023-10-20 occurred"},
		},
		{
			name: "his trip is the subject's; a place after since is not its destination", published: "2022-07-19",
			text:    "Russian President Vladimir Putin arrived in Tehran on Tuesday for a summit with his Iranian and Turkish counterparts, his second trip abroad since Moscow sent troops into Ukraine.",
			want:    []string{"VISITED vladimir-putin tehran 2022-07-19 occurred"},
			wantNot: []string{"VISITED recep-tayyip-erdogan", "VISITED vladimir-putin UA"},
		},
		{
			name: "supporting an accession is not one; an Arabic host verb's subject follows it", published: "2024-05-16",
			text:    "وقال وانغ إن الصين تدعم انضمام السعودية إلى مجموعة بريكس. وتسلمت البحرين رئاسة القمة العربية من المملكة العربية السعودية، على أن تستضيف العراق القمة المقبلة في بغداد العام المقبل.",
			want:    []string{"JOINED SA BRICS null planned", "HOSTED_SUMMIT IQ ARAB-LEAGUE 2025 planned"},
			wantNot: []string{"JOINED SA BRICS null occurred", "HOSTED_SUMMIT SA"},
		},
		{
			name: "a former president is not the one named last; an Arabic attend verb's subject follows it; the same month", published: "2025-02-03",
			text:    "وصل الرئيس السوري أحمد الشرع إلى عمان يوم الاثنين. واستضافت جدة القمة العربية في مايو 2023، وشارك الرئيس السابق بشار الأسد في القمة في الشهر نفسه.",
			want:    []string{"ATTENDED bashar-al-assad ARAB-LEAGUE 2023-05 occurred", "HOSTED_SUMMIT jeddah ARAB-LEAGUE 2023-05 occurred"},
			wantNot: []string{"ATTENDED ahmed-al-sharaa"},
		},
		{
			name: "talks without signing", published: "2024-11-21",
			text:    "والتقى وزير الخارجية الأردني أيمن الصفدي نظيره الإيراني في طهران اليوم من دون توقيع أي اتفاقيات.",
			want:    []string{"MET abbas-araghchi ayman-safadi 2024-11-21 occurred"},
			wantNot: []string{"SIGNED_AGREEMENT"},
		},
		{
			name: "an exchange of agreements is a signing; later that month", published: "2025-01-25",
			text: "Modi and Prabowo witnessed the exchange of agreements on maritime security in New Delhi on Saturday. Chinese President Xi Jinping visited Paris in May 2024 and visited Belgrade later that month.",
			want: []string{"SIGNED_AGREEMENT ID IN 2025-01-25 occurred", "VISITED xi-jinping belgrade 2024-05 occurred"},
		},
		{
			name: "the subject met each of a list; a meeting on the sidelines takes the summit's date", published: "2024-10-24",
			text:    "Leaders of the bloc opened the BRICS summit in Kazan on Tuesday. Russian President Vladimir Putin met Chinese President Xi Jinping and Indian Prime Minister Narendra Modi on the sidelines of the summit.",
			want:    []string{"MET vladimir-putin xi-jinping 2024-10-22 occurred", "MET narendra-modi vladimir-putin 2024-10-22 occurred"},
			wantNot: []string{"MET narendra-modi xi-jinping"},
		},
		{
			name: "a country visit also visits the city of its meeting", published: "2024-11-21",
			text: "وكان وزير الخارجية المصري قد زار تركيا الشهر الماضي، حين التقى الرئيس رجب طيب أردوغان في إسطنبول. Macron ended a visit to Brazil on Thursday with talks in Brasilia.",
			want: []string{"VISITED badr-abdelatty istanbul 2024-10 occurred", "VISITED emmanuel-macron brasilia 2024-11-21 occurred"},
		},
		{
			name: "trading partners is a standing relation", published: "2025-01-25",
			text:    "India and Indonesia said they would work towards raising bilateral trade, which reached about $30 billion last year.",
			want:    []string{"TRADE_PARTNER_OF ID IN null occurred"},
			wantNot: []string{"TRADE_PARTNER_OF ID IN 2024"},
		},
		{
			name: "a definite visit noun without a place of its own is a visit already told", published: "2025-01-25",
			text:    "Prabowo did not travel to Pakistan after the visit, despite reports in Islamabad that a stop there had been planned. Putin said the Beijing visit was a success.",
			want:    []string{"VISITED vladimir-putin beijing null occurred"},
			wantNot: []string{"VISITED prabowo-subianto"},
		},
		{
			name: "regaining a seat is membership, which is undated", published: "2025-02-02",
			text: "وكانت دمشق قد استعادت مقعدها في جامعة الدول العربية في مايو 2023. India and China are members of BRICS, their leaders said in Kazan on Tuesday.",
			want: []string{"MEMBER_OF SY ARAB-LEAGUE null occurred", "MEMBER_OF IN BRICS null occurred"},
		},
		{
			name: "the three countries, all six countries except one", published: "2024-10-24",
			text:    "وقعت الصين وكازاخستان وأوزبكستان الاتفاق. والدول الثلاث أعضاء في منظمة شنغهاي للتعاون. Xi Jinping and the leaders of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan met. All six countries except Turkmenistan are members of the SCO.",
			want:    []string{"MEMBER_OF CN SCO null occurred", "MEMBER_OF KZ SCO null occurred", "MEMBER_OF UZ SCO null occurred", "MEMBER_OF KG SCO null occurred", "MEMBER_OF TJ SCO null occurred"},
			wantNot: []string{"MEMBER_OF TM"},
		},
		{
			name: "every two of a list of signatories", published: "2025-06-17",
			text: "Chinese President Xi Jinping, Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev signed a treaty. وقعت كل من مصر والأردن والعراق اتفاقا. Russia and China signed a deal.",
			want: []string{"SIGNED_AGREEMENT CN KZ null occurred", "SIGNED_AGREEMENT CN UZ null occurred", "SIGNED_AGREEMENT KZ UZ null occurred", "SIGNED_AGREEMENT EG IQ null occurred", "SIGNED_AGREEMENT EG JO null occurred", "SIGNED_AGREEMENT IQ JO null occurred", "SIGNED_AGREEMENT CN RU null occurred"},
		},
		{
			name: "an event during another shares its date", published: "2025-01-25",
			text: "India and Indonesia upgraded their ties to a comprehensive strategic partnership in 2018 during Modi's visit to Jakarta. ووقعت مصر والسعودية الاتفاق في مايو 2023 خلال زيارة الرئيس الصيني إلى الرياض.",
			want: []string{"VISITED narendra-modi jakarta 2018 occurred", "PARTNER_OF ID IN 2018 occurred", "VISITED xi-jinping riyadh 2023-05 occurred"},
		},
		{
			name: "an organisation's leaders meeting in a city is its summit there", published: "2025-06-17",
			text: "Members of the Shanghai Cooperation Organisation, whose leaders will meet in Tianjin at the end of August, welcomed the move. ويجتمع قادة مجموعة العشرين في جوهانسبرغ في نوفمبر المقبل.",
			want: []string{"HOSTED_SUMMIT tianjin SCO 2025-08 planned", "HOSTED_SUMMIT CN SCO 2025-08 planned", "HOSTED_SUMMIT johannesburg G20 2025-11 planned"},
		},
		{
			name: "an anaphor gives way to a name starting on its second word", published: "2024-11-20",
			text: "The Group of 20 summit in Rio de Janeiro ended on Tuesday.",
			want: []string{"HOSTED_SUMMIT rio-de-janeiro G20 2024-11-19 occurred"},
		},
		{
			name: "a title before a full name is kept when an honorific partial gives way; dual members; belong to", published: "2024-11-20",
			text: "Bahrain's King Hamad bin Isa Al Khalifa arrived in Moscow. ويعد العراق والكويت عضوين في منظمة أوبك. Somalia and Djibouti belong to both the Arab League and the African Union.",
			want: []string{"HOLDS_OFFICE hamad-bin-isa BH null occurred", "VISITED hamad-bin-isa moscow null occurred", "MEMBER_OF IQ OPEC null occurred", "MEMBER_OF KW OPEC null occurred", "MEMBER_OF SO AFRICAN-UNION null occurred", "MEMBER_OF DJ ARAB-LEAGUE null occurred"},
		},
		{
			name: "a place after from is where the trip began; a date in a where-clause is that clause's", published: "2024-11-20",
			text:    "Xi flew to Brasilia from Rio de Janeiro, where Lula hosted the G20 leaders on Monday and Tuesday.",
			want:    []string{"VISITED xi-jinping brasilia null occurred"},
			wantNot: []string{"VISITED xi-jinping rio-de-janeiro", "VISITED xi-jinping brasilia 2024-11-18"},
		},
		{
			name: "hosting an organisation's leaders is hosting its summit; a place after an earlier event is that event's", published: "2024-11-20",
			text:    "Xi was received by Lula on Wednesday for a state visit that followed the Group of 20 summit in Rio de Janeiro. Xi flew to Brasilia from Rio de Janeiro, where Lula hosted the G20 leaders on Monday and Tuesday. ومن المقرر أن يتوجه مودي بعد ذلك إلى فيينا.",
			want:    []string{"HOSTED_SUMMIT BR G20 2024-11-18 occurred", "HOSTED_SUMMIT rio-de-janeiro G20 2024-11-18 occurred", "VISITED narendra-modi vienna null planned"},
			wantNot: []string{"MET lula-da-silva xi-jinping 2024-11-18", "VISITED xi-jinping rio-de-janeiro"},
		},
		{
			name: "a person joins an event, not an organisation; leaders at a meeting did not meet each other; a topic list is no trade", published: "2025-05-27",
			text:    "Gulf leaders, China's Li Qiang join ASEAN in Kuala Lumpur for first three-way summit. Qatar's Emir Sheikh Tamim bin Hamad Al Thani and Bahrain's King Hamad bin Isa Al Khalifa were among the Gulf leaders at the meeting, which discussed trade, energy and the war in Gaza.",
			want:    []string{"HOLDS_OFFICE tamim-bin-hamad QA null occurred"},
			wantNot: []string{"JOINED CN", "MET", "TRADE_PARTNER_OF"},
		},
		{
			name: "a summit named by its city after a sentence about one organisation", published: "2025-07-10",
			text:    "قدمت الجزائر طلب الانضمام إلى مجموعة بريكس في نوفمبر 2022. لكن قمة جوهانسبرغ في أغسطس 2023 دعت ست دول ليس بينها الجزائر.",
			want:    []string{"HOSTED_SUMMIT johannesburg BRICS 2023-08 occurred", "HOSTED_SUMMIT ZA BRICS 2023-08 occurred"},
			wantNot: []string{"JOINED DZ"},
		},
		{
			name: "signing a partnership is a signing, and dates the partnership", published: "2025-07-10",
			text: "وتربط الجزائر وروسيا شراكة استراتيجية معمقة وقعها الرئيسان تبون وبوتين في يونيو 2023. France and Saudi Arabia signed a strategic partnership on Tuesday.",
			want: []string{"SIGNED_AGREEMENT DZ RU 2023-06 occurred", "PARTNER_OF DZ RU 2023-06 occurred", "SIGNED_AGREEMENT FR SA 2025-07-08 occurred", "PARTNER_OF FR SA 2025-07-08 occurred"},
		},
		{
			name: "a day after, a day before; seasons", published: "2025-05-27",
			text: "Anwar Ibrahim hosted leaders on Tuesday, a day after the ASEAN summit in Kuala Lumpur. ومن المقرر أن يزور لافروف المنامة في الخريف.",
			want: []string{"HOSTED_SUMMIT kuala-lumpur ASEAN 2025-05-26 occurred", "VISITED sergey-lavrov manama 2025 planned"},
		},
		{
			name: "a visit with no place in the lede of a story filed from the host country", published: "2025-04-14",
			text:    "الكويت - (ديبلوغراف) - استقبل أمير دولة الكويت الشيخ مشعل الأحمد الجابر الصباح رئيس الوزراء العراقي محمد شياع السوداني اليوم الاثنين، في مستهل زيارة رسمية تستغرق يومين. وقال السوداني إن زيارته المقبلة ستكون أطول.",
			want:    []string{"VISITED mohammed-shia-al-sudani KW 2025-04-14 occurred"},
			wantNot: []string{"VISITED mishal-al-ahmad"},
		},
		{
			name: "a supplier is a trading partner", published: "2025-03-30",
			text: "Russia remains India's largest supplier of crude oil.",
			want: []string{"TRADE_PARTNER_OF IN RU null occurred"},
		},
		{
			name: "a second verb after and shares the subject; a meeting noun's named pair", published: "2025-10-22",
			text:    "Trump met Ukrainian President Volodymyr Zelenskiy at the White House on Friday, and is expected to meet Chinese President Xi Jinping in South Korea next week. وأوضح وزير الخارجية المصري بدر عبد العاطي أن زيارته تأتي تحضيرا لاجتماع مجلس التعاون الاستراتيجي الذي سيرأسه الرئيسان عبد الفتاح السيسي ورجب طيب أردوغان في القاهرة.",
			want:    []string{"MET donald-trump volodymyr-zelensky 2025-10-17 occurred", "MET donald-trump xi-jinping 2025 planned", "MET abdel-fattah-el-sisi recep-tayyip-erdogan null planned"},
			wantNot: []string{"MET volodymyr-zelensky xi-jinping", "MET abdel-fattah-el-sisi badr-abdelatty"},
		},
		{
			name: "during it, where: the time of the event pointed back to", published: "2024-12-17",
			text: "وكان السيسي قد زار أنقرة في أيلول الماضي، وقّع خلالها البلدان 18 مذكرة تفاهم. وكان الرئيس اللبناني جوزيف عون قد زار السعودية في آذار الماضي، حيث التقى ولي العهد الأمير محمد بن سلمان.",
			want: []string{"SIGNED_AGREEMENT EG TR 2024-09 occurred", "MET joseph-aoun mohammed-bin-salman 2024-03 occurred"},
		},
		{
			name: "an accession where a summit was held is to that summit's organisation", published: "2025-03-30",
			text:    "New Delhi is a founding member of both BRICS and the Shanghai Cooperation Organisation, and it hosted the G20 summit in September 2023, where the African Union was admitted as a permanent member.",
			want:    []string{"JOINED AFRICAN-UNION G20 2023-09 occurred", "MEMBER_OF IN SCO null occurred", "HOSTED_SUMMIT IN G20 2023-09 occurred"},
			wantNot: []string{"JOINED AFRICAN-UNION BRICS"},
		},
		{
			name: "his visit in a story filed from abroad; preparing plans what follows only", published: "2024-12-17",
			text:    "أنقرة - (ديبلوغراف) - أجرى وزير الخارجية المصري بدر عبد العاطي محادثات مع نظيره التركي هاكان فيدان. وأوضح عبد العاطي أن زيارته تأتي تحضيرا لاجتماع يرأسه الرئيسان عبد الفتاح السيسي ورجب طيب أردوغان.",
			want:    []string{"VISITED badr-abdelatty TR null occurred", "MET abdel-fattah-el-sisi recep-tayyip-erdogan null planned"},
			wantNot: []string{"VISITED badr-abdelatty TR null planned", "MET abdel-fattah-el-sisi badr-abdelatty"},
		},
		{
			name: "a pronoun subject meets each of a list", published: "2022-07-19",
			text:    "Russian President Vladimir Putin arrived in Tehran on Tuesday. He later met President Ebrahim Raisi and Turkish President Tayyip Erdogan.",
			want:    []string{"MET ebrahim-raisi vladimir-putin 2022-07-19 occurred", "MET recep-tayyip-erdogan vladimir-putin null occurred"},
			wantNot: []string{"MET ebrahim-raisi recep-tayyip-erdogan"},
		},
		{
			name: "a headline's halves; signing on the sidelines (the two signers met); a partner of an organisation", published: "2024-06-13",
			text:    "G7 leaders meet in southern Italy; Biden and Zelenskiy sign security pact. Italian Prime Minister Giorgia Meloni opened the G7 summit on Thursday. U.S. President Joe Biden and Ukrainian President Volodymyr Zelenskiy signed a security agreement on the sidelines of the summit. Both Japan and the Philippines are members of APEC, and Japan is a dialogue partner of ASEAN.",
			want:    []string{"SIGNED_AGREEMENT UA US 2024-06-13 occurred", "MET joe-biden volodymyr-zelensky 2024-06-13 occurred"},
			wantNot: []string{"SIGNED_AGREEMENT IT", "PARTNER_OF JP PH"},
		},
		{
			name: "among the leaders who attended, past an aside, alongside others; invited as a label", published: "2024-06-14",
			text: "Indian Prime Minister Narendra Modi, on his first trip abroad since winning a third term, was among the leaders of invited countries who attended the G7 summit on Friday, alongside Brazil's Luiz Inacio Lula da Silva and Turkey's Tayyip Erdogan.",
			want: []string{"ATTENDED narendra-modi G7 2024-06-14 occurred", "ATTENDED lula-da-silva G7 2024-06-14 occurred", "ATTENDED recep-tayyip-erdogan G7 2024-06-14 occurred"},
		},
		{
			name: "welcoming an organisation's leaders for a summit is hosting it", published: "2024-06-14",
			text: "Italian Prime Minister Giorgia Meloni welcomed leaders of the Group of Seven to a luxury resort in the southern region of Apulia on Thursday for a three-day summit dominated by the wars in Ukraine and Gaza.",
			want: []string{"HOSTED_SUMMIT IT G7 2024-06-13 occurred"},
		},
		{
			name: "a reception on arrival and a visit framing the main event share the date", published: "2024-12-21",
			text: "الرباط - (ديبلوغراف) - استقبل العاهل المغربي الملك محمد السادس، مساء الجمعة، الرئيس الموريتاني محمد ولد الشيخ الغزواني في الإقامة الملكية، في زيارة خاصة يقوم بها إلى المملكة. ووصل بوتين إلى بيونغ يانغ فجر الأربعاء، وكان في استقباله كيم جونغ أون في المطار.",
			want: []string{"MET kim-jong-un vladimir-putin 2024-12-18 occurred", "VISITED mohamed-ould-ghazouani MA 2024-12-20 occurred"},
		},
		{
			name: "and to sign shares the plan and date; a visit followed by a summit", published: "2025-10-08",
			text:    "DUSHANBE, Oct 8 (Diplograph) - Russian President Vladimir Putin arrived in the Tajik capital on Wednesday for a state visit that will be followed by a summit of the Commonwealth of Independent States on Friday. Putin and Tajik President Emomali Rahmon are due to hold talks on Thursday and to sign agreements on energy.",
			want:    []string{"SIGNED_AGREEMENT RU TJ 2025-10-09 planned", "MET emomali-rahmon vladimir-putin 2025-10-09 planned", "VISITED vladimir-putin dushanbe 2025-10-08 occurred"},
			wantNot: []string{"SIGNED_AGREEMENT RU TJ null occurred", "VISITED vladimir-putin TJ null planned", "VISITED vladimir-putin TJ 2025-10-10"},
		},
		{
			name: "the pair a sentence is about cooperates within; on the sidelines alone; a framing visit dated by the verb after it", published: "2025-10-31",
			text: "استقبل الرئيس عبد الفتاح السيسي اليوم الخميس رئيس مجلس السيادة السوداني الفريق أول عبد الفتاح البرهان. وبحث الرئيسان سبل إيصال المساعدات وتنسيق المواقف داخل الاتحاد الأفريقي. Xi, on his first visit to South Korea in 11 years, met U.S. President Donald Trump in Busan on Thursday.",
			want: []string{"MEMBER_OF EG AFRICAN-UNION null occurred", "MEMBER_OF SD AFRICAN-UNION null occurred", "HOLDS_OFFICE abdel-fattah-al-burhan SD null occurred", "VISITED xi-jinping KR 2025-10-30 occurred", "VISITED xi-jinping busan 2025-10-30 occurred"},
		},
		{
			name: "a lede summit with no place is the dateline's, unless a host is named; a visit to the kingdom", published: "2025-11-22",
			text:    "JOHANNESBURG, Nov 22 (Diplograph) - Leaders of the Group of 20 adopted a declaration on Saturday at the first G20 summit held on African soil, despite a boycott by the United States.",
			want:    []string{"HOSTED_SUMMIT johannesburg G20 2025-11-22 occurred", "HOSTED_SUMMIT ZA G20 2025-11-22 occurred"},
			wantNot: []string{"HOSTED_SUMMIT US"},
		},
		{
			name: "a visit to the kingdom in a story filed from it", published: "2025-09-18",
			text: "الرياض - (ديبلوغراف) - وقع ولي العهد السعودي الأمير محمد بن سلمان ورئيس الوزراء الباكستاني شهباز شريف اتفاقية دفاع. وجاء توقيع الاتفاقية خلال زيارة رسمية يقوم بها شريف إلى المملكة.",
			want: []string{"VISITED shehbaz-sharif SA null occurred", "SIGNED_AGREEMENT PK SA null occurred"},
		},
		{
			name: "a virtual summit hosted by a country is not the dateline city's", published: "2023-07-05",
			text:    "NEW DELHI, July 5 (Diplograph Wire) - Iran formally joined the Shanghai Cooperation Organisation on Tuesday at a virtual summit hosted by India.",
			want:    []string{"HOSTED_SUMMIT IN SCO 2023-07-04 occurred"},
			wantNot: []string{"HOSTED_SUMMIT new-delhi"},
		},
		{
			name: "what follows except takes no part", published: "2025-06-17",
			text:    "Kazakhstan, Kyrgyzstan and Turkmenistan, except Turkmenistan, are members of the SCO. وتشارك مصر والسعودية باستثناء الإمارات في قمة بريكس.",
			want:    []string{"MEMBER_OF KZ SCO null occurred"},
			wantNot: []string{"MEMBER_OF TM", "ATTENDED AE"},
		},
		{
			name: "an accession told without its organisation takes the one just named", published: "2025-02-10",
			text:    "South Africa hosted the BRICS summit in Johannesburg in August 2023. Egypt and Ethiopia did become full members in January 2024. Officials said membership would help Cairo attract investment.",
			want:    []string{"JOINED EG BRICS 2024-01 occurred", "JOINED ET BRICS 2024-01 occurred"},
			wantNot: []string{"MEMBER_OF EG BRICS null planned", "JOINED EG BRICS 2024-01 planned"},
		},
		{
			name: "the kingdom is the kingdom named last; a rank after a country makes it a partner too", published: "2025-11-19",
			text:    "واشنطن - استقبل الرئيس الأمريكي دونالد ترامب ولي العهد السعودي الأمير محمد بن سلمان. وتعد الولايات المتحدة ثاني أكبر شريك تجاري للمملكة بعد الصين. The United States is South Africa's second-largest trading partner after China.",
			want:    []string{"TRADE_PARTNER_OF SA US null occurred", "TRADE_PARTNER_OF CN SA null occurred", "TRADE_PARTNER_OF US ZA null occurred", "TRADE_PARTNER_OF CN ZA null occurred"},
			wantNot: []string{"TRADE_PARTNER_OF CN US"},
		},
		{
			name: "the kingdom with no kingdom named is nobody", published: "2025-11-19",
			text:    "Egypt's exports to the kingdom rose, and Egypt is a trading partner of the kingdom.",
			wantNot: []string{"TRADE_PARTNER_OF"},
		},
		{
			name: "the stops of a tour under way are ahead; the one met in a where-clause is not the traveller", published: "2025-10-21",
			text:    "الكويت - وصل الرئيس التركي رجب طيب أردوغان إلى الكويت مساء الثلاثاء في مستهل جولة خليجية تشمل قطر وسلطنة عمان. ومن المقرر أن يتوجه أردوغان غدا إلى الدوحة حيث يلتقي أمير قطر الشيخ تميم بن حمد آل ثاني، قبل أن يختتم جولته في مسقط.",
			want:    []string{"VISITED recep-tayyip-erdogan KW 2025-10-21 occurred", "VISITED recep-tayyip-erdogan OM null planned", "VISITED recep-tayyip-erdogan muscat null planned", "VISITED recep-tayyip-erdogan QA 2025-10-22 planned"},
			wantNot: []string{"VISITED recep-tayyip-erdogan QA 2025-10-21", "VISITED recep-tayyip-erdogan OM 2025-10-21", "VISITED tamim-bin-hamad"},
		},
		{
			name: "his country is the country of the person named before it; a tour takes the date of the visit it frames", published: "2025-11-19",
			text: "وقال الرئيس البيلاروسي ألكسندر لوكاشينكو إن بلاده انضمت إلى منظمة شنغهاي للتعاون في يوليو 2024. وكان ترامب قد زار الرياض في مايو الماضي في أول جولة خارجية له، شملت أيضا قطر والإمارات.",
			want: []string{"JOINED BY SCO 2024-07 occurred", "VISITED donald-trump QA 2025-05 occurred", "VISITED donald-trump AE 2025-05 occurred"},
		},
		{
			name: "leaders of two countries chairing together meet", published: "2025-07-24",
			text: "ترأس الرئيس الجزائري عبد المجيد تبون ورئيسة الوزراء الإيطالية جورجيا ميلوني أمس الأربعاء في روما القمة الحكومية الجزائرية الإيطالية. Modi and Merz co-chaired the intergovernmental consultations in Berlin.",
			want: []string{"MET abdelmadjid-tebboune giorgia-meloni 2025-07-23 occurred"},
		},
		{
			name: "talks after a meeting are the subject's; a day after an undated event is unknown; a topic list does not stop a date", published: "2025-07-15",
			text:    "Australian Prime Minister Anthony Albanese, who arrived in Shanghai on Saturday for a six-day visit, met Xi Jinping at the Great Hall of the People a day after talks with Premier Li Qiang. Albanese and Li witnessed the signing of agreements on climate change, trade and tourism on Monday.",
			want:    []string{"MET anthony-albanese li-qiang null occurred", "MET anthony-albanese xi-jinping null occurred", "SIGNED_AGREEMENT AU CN 2025-07-14 occurred"},
			wantNot: []string{"MET li-qiang xi-jinping", "TRADE_PARTNER_OF"},
		},
		{
			name: "a trip for a summit attends it; a summit a planned meeting is on the sidelines of is planned", published: "2025-09-18",
			text:    "Mexican President Claudia Sheinbaum travelled to Kananaskis, Alberta, in June for the Group of Seven summit hosted by Canada. Canadian Prime Minister Mark Carney and Sheinbaum said they would meet again on the sidelines of the G20 summit in Johannesburg in November.",
			want:    []string{"ATTENDED claudia-sheinbaum G7 2025-06 occurred", "HOSTED_SUMMIT kananaskis G7 2025-06 occurred", "HOSTED_SUMMIT CA G7 2025-06 occurred", "HOSTED_SUMMIT johannesburg G20 2025-11 planned"},
			wantNot: []string{"HOSTED_SUMMIT johannesburg G20 2024"},
		},
		{
			name: "a counterpart mirrors the subject, not a person in its relative clause; a pronoun after a where is the sentence's subject", published: "2025-09-18",
			text:    "Canadian Prime Minister Mark Carney arrived in Mexico City. Foreign Minister Anita Anand, who accompanied Carney, met her Mexican counterpart Juan Ramon de la Fuente on Wednesday. Mexican President Claudia Sheinbaum travelled to Kananaskis in June, where she met Carney.",
			want:    []string{"HOLDS_OFFICE juan-ramon-de-la-fuente MX null occurred", "MET claudia-sheinbaum mark-carney 2025-06 occurred"},
			wantNot: []string{"MET anita-anand mark-carney"},
		},
		{
			name: "hosting in a relative clause is on the summit's time; a country that is chair belongs", published: "2025-05-21",
			text:    "Ramaphosa said he had invited Trump to attend the Group of 20 summit in Johannesburg in November, which South Africa hosts as this year's chair.",
			want:    []string{"HOSTED_SUMMIT ZA G20 2025-11 planned", "MEMBER_OF ZA G20 null occurred"},
			wantNot: []string{"HOSTED_SUMMIT ZA G20 2025 ", "HOSTED_SUMMIT ZA G20 2025-11 occurred"},
		},
		{
			name: "a forum whose leaders will meet in a city has a summit there", published: "2025-07-15",
			text: "Both countries are members of the Asia-Pacific Economic Cooperation forum, whose leaders will meet in Gyeongju, South Korea, at the end of October.",
			want: []string{"HOSTED_SUMMIT gyeongju APEC 2025-10 planned", "HOSTED_SUMMIT KR APEC 2025-10 planned"},
		},
		{
			name: "a visit to a country met at its seat of government is to its capital", published: "2025-11-19",
			text: "استقبل الرئيس الأمريكي دونالد ترامب ولي العهد السعودي الأمير محمد بن سلمان في البيت الأبيض أمس الثلاثاء، في أول زيارة لولي العهد إلى الولايات المتحدة منذ عام ٢٠١٨.",
			want: []string{"VISITED mohammed-bin-salman US 2025-11-18 occurred", "VISITED mohammed-bin-salman washington 2025-11-18 occurred"},
		},
		{
			name: "a month said to be coming, a summit hosted in the present, members listed after a with", published: "2025-03-26",
			text:    "وتأتي الزيارة قبل أشهر من استضافة بغداد القمة العربية المقررة في أيار/مايو المقبل. Brazil hosts the BRICS summit in Rio de Janeiro in July. India and Japan are both members of the Quad, with the United States and Australia.",
			want:    []string{"HOSTED_SUMMIT baghdad ARAB-LEAGUE 2025-05 planned", "HOSTED_SUMMIT rio-de-janeiro BRICS 2025-07 planned", "MEMBER_OF AU QUAD null occurred", "MEMBER_OF US QUAD null occurred"},
			wantNot: []string{"HOSTED_SUMMIT baghdad ARAB-LEAGUE 2024", "HOSTED_SUMMIT rio-de-janeiro BRICS 2024"},
		},
		{
			name: "an organisation which a country joined; a summit its host verb dates", published: "2025-06-10",
			text:    "Turkey remains a member of NATO, which it joined in 1952, and it still seeks membership of the European Union. But next year Erdogan will host the NATO summit in Ankara.",
			want:    []string{"JOINED TR NATO 1952 occurred", "HOSTED_SUMMIT ankara NATO 2026 planned"},
			wantNot: []string{"JOINED NATO", "JOINED TR EU", "MEMBER_OF TR EU"},
		},
		{
			name: "a trip to attend a summit shares its plan and date; the sidelines are that summit's", published: "2025-08-30",
			text:    "Indian Prime Minister Narendra Modi and Japanese Prime Minister Shigeru Ishiba on Friday held their annual summit in Tokyo. Modi will fly on to Tianjin on Sunday to attend the summit of the Shanghai Cooperation Organisation. He is expected to meet Chinese President Xi Jinping on the sidelines. Putin flew to Moscow on Monday to attend the summit in Kazan.",
			want:    []string{"ATTENDED narendra-modi SCO 2025-08-31 planned", "HOSTED_SUMMIT tianjin SCO 2025-08-31 planned", "MET narendra-modi xi-jinping 2025-08-31 planned"},
			wantNot: []string{"MET narendra-modi xi-jinping 2025-09", "HOSTED_SUMMIT moscow"},
		},
		{
			name: "their summit is the pair's meeting; the next ten years are no plan", published: "2025-08-30",
			text:    "Indian Prime Minister Narendra Modi and Japanese Prime Minister Shigeru Ishiba on Friday set an investment target at their annual summit in Tokyo. Modi and Ishiba adopted a vision for the next ten years and signed a declaration on security.",
			want:    []string{"MET narendra-modi shigeru-ishiba 2025-08-29 occurred", "SIGNED_AGREEMENT IN JP null occurred"},
			wantNot: []string{"SIGNED_AGREEMENT IN JP null planned"},
		},
		{
			name: "a visit the lede tells of is also to the dateline city", published: "2025-02-20",
			text: "القاهرة - (وكالة دبلوغراف): وقّع الرئيس المصري عبد الفتاح السيسي ورئيس الوزراء الإسباني بيدرو سانشيز، أمس الأربعاء، إعلانا لرفع العلاقات إلى مستوى الشراكة الاستراتيجية، وذلك خلال أول زيارة يقوم بها سانشيز إلى مصر.",
			want: []string{"VISITED pedro-sanchez EG 2025-02-19 occurred", "VISITED pedro-sanchez cairo 2025-02-19 occurred", "SIGNED_AGREEMENT EG ES 2025-02-19 occurred", "HOLDS_OFFICE pedro-sanchez ES null occurred"},
		},
		{
			name: "during the visit is the time of the visit already told", published: "2025-01-09",
			text: "وصل رئيس الوزراء العراقي محمد شياع السوداني إلى طهران أمس الأربعاء في زيارة رسمية. والتقى السوداني خلال الزيارة المرشد الأعلى علي خامنئي.",
			want: []string{"MET ali-khamenei mohammed-shia-al-sudani 2025-01-08 occurred"},
		},
		{
			name: "a second arrival while the first shares its place and day; a witness is no party; the talks already told pair nobody new", published: "2025-02-18",
			text:    "عقد وزير الخارجية الروسي سيرغي لافروف ووزير الخارجية الأمريكي ماركو روبيو اليوم الثلاثاء محادثات بحضور وزير الخارجية السعودي الأمير فيصل بن فرحان. وكان روبيو قد وصل إلى الرياض مساء الاثنين قادما من القدس، فيما وصل لافروف مساء اليوم نفسه. وأشاد لافروف بدور المملكة في استضافة المحادثات، فيما يتوقع أن يلتقي الرئيسان فلاديمير بوتين ودونالد ترامب.",
			want:    []string{"MET marco-rubio sergey-lavrov 2025-02-18 occurred", "VISITED sergey-lavrov riyadh 2025-02-17 occurred", "MET donald-trump vladimir-putin null planned"},
			wantNot: []string{"MET faisal-bin-farhan", "MET sergey-lavrov vladimir-putin", "VISITED sergey-lavrov jerusalem"},
		},
		{
			name: "the sender of a letter and the head of a fallen regime are no parties; other partners are nobody", published: "2025-02-27",
			text:    "British Prime Minister Keir Starmer handed U.S. President Donald Trump a letter from King Charles III on Thursday, as the two leaders met at the White House. Trump said Britain could be spared the tariffs he has threatened on other partners. وكان وزير الخارجية التركي هاكان فيدان قد زار دمشق في كانون الأول/ديسمبر الماضي، حيث التقى أحمد الشرع بعد أيام من سقوط نظام بشار الأسد.",
			want:    []string{"MET donald-trump keir-starmer 2025-02-27 occurred", "MET ahmed-al-sharaa hakan-fidan 2024-12 occurred"},
			wantNot: []string{"MET charles-iii", "VISITED charles-iii", "PARTNER_OF", "MET ahmed-al-sharaa bashar-al-assad"},
		},
		{
			name: "an Arabic trip to take part in a summit shares its plan and date, and its city hosts", published: "2025-03-03",
			text: "استقبل ولي العهد السعودي الأمير محمد بن سلمان الرئيس اللبناني جوزيف عون. ومن المقرر أن يتوجه عون غدا الثلاثاء إلى القاهرة للمشاركة في القمة العربية الطارئة.",
			want: []string{"ATTENDED joseph-aoun ARAB-LEAGUE 2025-03-04 planned", "HOSTED_SUMMIT cairo ARAB-LEAGUE 2025-03-04 planned", "VISITED joseph-aoun EG 2025-03-04 planned"},
		},
		{
			name: "a visit under way is to the dateline's country; the one met and a trip home are no trips", published: "2025-04-24",
			text:    "BEIJING, April 24 (Diplograph Wire) - Kenyan President William Ruto held talks in the Great Hall. Ruto, who is on a five-day state visit, signed more than 20 agreements with Chinese officials. Ruto also met Premier Li Qiang, and will travel to Zhejiang province before returning to Nairobi on Saturday. China is Kenya's biggest source of imports.",
			want:    []string{"VISITED william-ruto CN null occurred", "MET li-qiang william-ruto null occurred", "TRADE_PARTNER_OF CN KE null occurred"},
			wantNot: []string{"VISITED li-qiang", "VISITED william-ruto nairobi"},
		},
		{
			name: "founders of the union are members; skipping a summit does not unmake it", published: "2025-05-12",
			text:    "Armenia joined the Eurasian Economic Union on January 2, 2015. Kazakhstan, Belarus and Russia founded the union. Pashinyan froze Armenia's role in the Collective Security Treaty Organization in 2024 and skipped its summit in Minsk that November.",
			want:    []string{"MEMBER_OF KZ EAEU null occurred", "MEMBER_OF RU EAEU null occurred", "HOSTED_SUMMIT minsk CSTO 2024-11 occurred"},
			wantNot: []string{"ATTENDED"},
		},
		{
			name: "work together after the subjects; the Arabic subject of 'which it joined'; a leader who chairs; presidency handed on", published: "2025-05-20",
			text:    "وتعمل إيران وروسيا معا داخل منظمة شنغهاي للتعاون. وتنظر الصين إلى مبادرة الحزام والطريق التي انضم إليها العراق عام 2015. Leaders opened the ASEAN summit with U.S. President Donald Trump in attendance. Malaysian Prime Minister Anwar Ibrahim, who chairs ASEAN this year, welcomed Trump at the airport. Iraq will hand the rotating presidency of the Arab League summit to Saudi Arabia next year.",
			want:    []string{"MEMBER_OF IR SCO null occurred", "MEMBER_OF RU SCO null occurred", "JOINED IQ BRI 2015 occurred", "MEMBER_OF MY ASEAN null occurred", "ATTENDED donald-trump ASEAN null occurred", "MEMBER_OF SA ARAB-LEAGUE null occurred", "MEMBER_OF IQ ARAB-LEAGUE null occurred"},
			wantNot: []string{"JOINED CN"},
		},
		{
			name: "a summit its relative verb dates; the host in the verb's own clause; a summit in the nearby city of", published: "2025-05-20",
			text:    "Iraq spent months preparing for the Arab League summit it hosted in Baghdad on May 17. Timor-Leste became the 11th member of ASEAN on Sunday, as leaders opened the bloc's summit in Kuala Lumpur. The meeting took place on the sidelines of the APEC summit in the nearby city of Gyeongju.",
			want:    []string{"HOSTED_SUMMIT IQ ARAB-LEAGUE 2025-05-17 occurred", "HOSTED_SUMMIT baghdad ARAB-LEAGUE 2025-05-17 occurred", "HOSTED_SUMMIT kuala-lumpur ASEAN 2025-05-18 occurred", "HOSTED_SUMMIT gyeongju APEC null occurred"},
			wantNot: []string{"HOSTED_SUMMIT IQ ARAB-LEAGUE null planned", "HOSTED_SUMMIT TL"},
		},
		{
			name: "a trip after the summit is ahead; the summit's own day for those taking part; the Commission's president", published: "2025-10-22",
			text:    "وصل الرئيس المصري عبد الفتاح السيسي إلى بروكسل مساء الثلاثاء للمشاركة في أول قمة مصرية أوروبية، تعقد اليوم الأربعاء بمقر الاتحاد الأوروبي. والتقى السيسي رئيسة المفوضية الأوروبية أورسولا فون دير لاين. ويتوجه السيسي بعد القمة إلى مدريد في زيارة رسمية يلتقي خلالها العاهل الإسباني الملك فيليبي السادس.",
			want:    []string{"ATTENDED abdel-fattah-el-sisi EU 2025-10-22 occurred", "HOSTED_SUMMIT brussels EU 2025-10-22 occurred", "HOLDS_OFFICE ursula-von-der-leyen EU null occurred", "VISITED abdel-fattah-el-sisi madrid null planned", "MET abdel-fattah-el-sisi felipe-vi null planned"},
			wantNot: []string{"ATTENDED abdel-fattah-el-sisi EU 2025-10-21", "VISITED abdel-fattah-el-sisi madrid null occurred"},
		},
		{
			name: "partners of a pronoun are each partners of the country it stands for", published: "2025-10-22",
			text:    "ويعد الاتحاد الأوروبي الشريك التجاري الأول لمصر، فيما تعد ألمانيا وإيطاليا أكبر شريكين تجاريين لها داخل الاتحاد.",
			want:    []string{"TRADE_PARTNER_OF DE EG null occurred", "TRADE_PARTNER_OF EG IT null occurred"},
			wantNot: []string{"TRADE_PARTNER_OF DE IT"},
		},
		{
			name: "a named counterpart keeps her own office; a where-clause meeting with a companion; a coordinated clause's date; a stop 'then to'", published: "2025-05-08",
			text:    "وكان وزير الخارجية الفرنسي جان نويل بارو قد زار دمشق في كانون الثاني/يناير الماضي، حيث التقى أحمد الشرع برفقة نظيرته الألمانية أنالينا بيربوك. وعقد أردوغان الاثنين جلسة مباحثات مع رئيس الوزراء الماليزي أنور إبراهيم، ووقع الجانبان عشر اتفاقيات. ومن المقرر أن يتوجه الرئيس التركي رجب طيب أردوغان الثلاثاء إلى جاكرتا حيث يلتقي الرئيس الإندونيسي برابوو سوبيانتو، ثم إلى إسلام آباد.",
			want:    []string{"HOLDS_OFFICE annalena-baerbock DE null occurred", "MET ahmed-al-sharaa jean-noel-barrot 2025-01 occurred", "MET ahmed-al-sharaa annalena-baerbock 2025-01 occurred", "SIGNED_AGREEMENT MY TR 2025-05-05 occurred", "VISITED recep-tayyip-erdogan islamabad null planned"},
			wantNot: []string{"HOLDS_OFFICE frank-walter-steinmeier", "MET ahmed-al-sharaa frank-walter-steinmeier"},
		},
		{
			name: "a verb left out joins on its own date; allies of one country; a summit held in a city; after today is ahead", published: "2025-08-23",
			text:    "South Korean President Lee Jae-myung and Japanese Prime Minister Shigeru Ishiba pledged on Saturday to deepen cooperation, before a summit with U.S. President Donald Trump. Japan and South Korea are both close allies of the United States. The Shanghai Cooperation Organisation has grown to ten members; Iran joined in 2023 and Belarus in 2024. The next SCO summit will be held in Bishkek.",
			want:    []string{"JOINED IR SCO 2023 occurred", "JOINED BY SCO 2024 occurred", "HOSTED_SUMMIT bishkek SCO null planned", "MET donald-trump lee-jae-myung null planned", "PARTNER_OF JP US null occurred", "PARTNER_OF KR US null occurred"},
			wantNot: []string{"MET donald-trump lee-jae-myung null occurred", "PARTNER_OF JP KR"},
		},
		{
			name: "an Arabic verb's subject meets each of the list after it; a speaker holds his office", published: "2025-05-21",
			text: "بحث الرئيس اللبناني جوزيف عون مع الرئيس الفلسطيني محمود عباس ملف المخيمات. ومن المقرر أن يلتقي عباس غدا رئيس مجلس الوزراء نواف سلام ورئيس مجلس النواب نبيه بري.",
			want: []string{"MET mahmoud-abbas nawaf-salam 2025-05-22 planned", "MET mahmoud-abbas nabih-berri 2025-05-22 planned", "HOLDS_OFFICE nabih-berri LB null occurred"},
		},
		{
			name: "firms sign for themselves; a three-way summit's leaders meet; a visit by someone; where he will attend; before a stop in", published: "2025-06-15",
			text:    "وأشرف الزعيمان على توقيع اتفاقيات بين شركة سوناطراك الجزائرية وشركة إيني الإيطالية. عقد الرئيس المصري عبد الفتاح السيسي والرئيس الفرنسي إيمانويل ماكرون والعاهل الأردني الملك عبد الله الثاني قمة ثلاثية في القاهرة. France and Vietnam raised ties in October 2024, during a visit to Paris by Communist Party chief To Lam. Indian Prime Minister Narendra Modi will travel on Monday to Canada, where he will attend the Group of Seven summit in Kananaskis as a guest of Prime Minister Mark Carney, before a stop in Croatia on Wednesday. He would first call the leaders of NATO allies.",
			want:    []string{"MET abdel-fattah-el-sisi abdullah-ii null occurred", "MET abdullah-ii emmanuel-macron null occurred", "VISITED to-lam paris 2024-10 occurred", "ATTENDED narendra-modi G7 2025-06-16 planned", "VISITED narendra-modi HR 2025-06-18 planned"},
			wantNot: []string{"SIGNED_AGREEMENT DZ IT", "ATTENDED CA", "VISITED mark-carney", "PARTNER_OF"},
		},
		{
			name: "the same day skips a year; the same night; a dual accession; the Gulf state", published: "2024-09-24",
			text:    "استقبل بايدن رئيس الوزراء العراقي محمد شياع السوداني في البيت الأبيض يوم 15 أبريل 2024. وأكدا التزامهما باتفاقية وقعها البلدان عام 2008. والتقى السوداني وزير الخارجية أنتوني بلينكن في اليوم ذاته. Putin arrived in Pyongyang on June 18. He flew on to Hanoi the same night. وكانت مصر وإيران قد انضمتا إلى مجموعة بريكس في الأول من يناير 2024. وتعد الإمارات شريكا تجاريا للولايات المتحدة، فيما انضمت الدولة الخليجية إلى منظمة أوبك عام 1967.",
			want:    []string{"MET antony-blinken mohammed-shia-al-sudani 2024-04-15 occurred", "VISITED vladimir-putin hanoi 2024-06-18 occurred", "JOINED EG BRICS 2024-01-01 occurred", "JOINED IR BRICS 2024-01-01 occurred", "JOINED AE OPEC 1967 occurred"},
			wantNot: []string{"JOINED US", "PARTNER_OF AE US"},
		},
		{
			name: "a predecessor in construct is no actor; a meeting at the host's seat or home is the guest's visit", published: "2024-10-17",
			text:    "وكان بايدن قد التقى سلف السوداني، مصطفى الكاظمي، في البيت الأبيض في يوليو 2021. وكان محمد بن زايد قد زار البيت الأبيض في مايو 2017.\n\nالقاهرة - استقبل الرئيس عبد الفتاح السيسي، الأربعاء، وزير الخارجية الإيراني عباس عراقجي.",
			want:    []string{"MET joe-biden mustafa-al-kadhimi 2021-07 occurred", "VISITED mustafa-al-kadhimi washington 2021-07 occurred", "VISITED mustafa-al-kadhimi US 2021-07 occurred", "VISITED mohamed-bin-zayed washington 2017-05 occurred", "VISITED abbas-araghchi cairo 2024-10-16 occurred", "VISITED abbas-araghchi EG 2024-10-16 occurred"},
			wantNot: []string{"MET joe-biden mohammed-shia-al-sudani", "VISITED joe-biden", "VISITED abdel-fattah-el-sisi"},
		},
		{
			name: "a courtesy call and a second verb; urging is no call; during his stay; the sultanate named before; a place put first", published: "2024-09-05",
			text:    "SINGAPORE, Sept 5 (wire) - Modi met Lawrence Wong on Thursday.\n\nModi arrived in Singapore on Wednesday after a visit to Brunei that began on Tuesday, the first visit by an Indian prime minister to the sultanate. In the capital Bandar Seri Begawan he held talks with Sultan Hassanal Bolkiah. Modi called on Israel to show restraint.\n\nJaishankar arrived in Singapore on Monday. During his stay Jaishankar called on President Tharman Shanmugaratnam and met Senior Minister Lee Hsien Loong.",
			want:    []string{"VISITED narendra-modi SG 2024-09-04 occurred", "VISITED narendra-modi bandar-seri-begawan 2024-09-03 occurred", "MET subrahmanyam-jaishankar tharman-shanmugaratnam 2024-09-02 occurred", "MET lee-hsien-loong subrahmanyam-jaishankar 2024-09-02 occurred", "HOLDS_OFFICE lee-hsien-loong SG null occurred"},
			wantNot: []string{"VISITED narendra-modi SG 2024-09-03", "MET lee-hsien-loong tharman", "MET benjamin-netanyahu"},
		},
		{
			name: "two leaders who agreed met, not by phone; agreed to meet is ahead; a subject between and and the verb; an Arabic adjective does not precede its title", published: "2024-09-05",
			text:    "Indian Prime Minister Narendra Modi and his Singaporean counterpart Lawrence Wong agreed on Thursday to raise relations, and the two governments signed four memorandums of understanding. اتفق الرئيسان عبد الفتاح السيسي ورجب طيب أردوغان الأربعاء على رفع التبادل التجاري. Putin and Xi agreed in a phone call on Friday to meet. استقبل بايدن رئيس الوزراء العراقي محمد شياع السوداني. والتقى السوداني وزير الخارجية أنتوني بلينكن.",
			want:    []string{"MET lawrence-wong narendra-modi 2024-09-05 occurred", "SIGNED_AGREEMENT IN SG 2024-09-05 occurred", "MET abdel-fattah-el-sisi recep-tayyip-erdogan 2024-09-04 occurred", "MET vladimir-putin xi-jinping null planned", "MET antony-blinken mohammed-shia-al-sudani null occurred"},
			wantNot: []string{"MET vladimir-putin xi-jinping 2024", "HOLDS_OFFICE hussein-awad-ali"},
		},
		{
			name: "he and a leader sign and meet; a partnership signed takes the signing's day; him after a meeting verb; a that-clause dates its own event", published: "2024-06-24",
			text:    "Russian President Vladimir Putin arrived in Pyongyang on June 18. On June 19, he and North Korean leader Kim Jong Un signed a comprehensive strategic partnership treaty. Putin flew on to Hanoi the same night. On June 20, President To Lam received him with full honours. Thai Prime Minister Anutin Charnvirakul and Cambodian Prime Minister Hun Manet signed a peace declaration that ended their border clashes in May.",
			want:    []string{"SIGNED_AGREEMENT KP RU 2024-06-19 occurred", "PARTNER_OF KP RU 2024-06-19 occurred", "MET kim-jong-un vladimir-putin 2024-06-19 occurred", "MET to-lam vladimir-putin 2024-06-20 occurred", "MET anutin-charnvirakul hun-manet null occurred"},
			wantNot: []string{"MET anutin-charnvirakul hun-manet 2024"},
		},
		{
			name: "a place hosts people; trade with a list; a partner since a year; signed up to; then; expected in; the visit saw; during his reception", published: "2024-09-24",
			text: "Vietnam, which hosted the American president last September and the Chinese leader in December, stays neutral. Trade between Russia and Vietnam is small, a fraction of Vietnam's trade with China or the United States. Vietnam has been a comprehensive strategic partner of Russia since 2012. Italy signed up to the Belt and Road Initiative in March 2019. Meloni held talks with Premier Li Qiang on Sunday. The two governments then signed a three-year action plan. Modi is expected in the United States later this month for a Quad summit. استقبل بايدن رئيس الوزراء العراقي محمد شياع السوداني في 15 أبريل 2024، في أول زيارة يقوم بها إلى واشنطن. وشهدت الزيارة توقيع مذكرات تفاهم بين العراق والولايات المتحدة. أعلن الرئيس الأمريكي جو بايدن، الاثنين، تصنيف الإمارات شريكا دفاعيا، وذلك خلال استقباله الشيخ محمد بن زايد في البيت الأبيض.",
			want: []string{"VISITED joe-biden VN 2023-09 occurred", "VISITED xi-jinping VN 2023-12 occurred", "TRADE_PARTNER_OF CN VN null occurred", "TRADE_PARTNER_OF US VN null occurred", "PARTNER_OF RU VN 2012 occurred",
				"JOINED IT BRI 2019-03 occurred", "SIGNED_AGREEMENT CN IT 2024-09-22 occurred", "VISITED narendra-modi US 2024-09 planned", "ATTENDED narendra-modi QUAD 2024-09 planned",
				"SIGNED_AGREEMENT IQ US 2024-04-15 occurred", "MET joe-biden mohamed-bin-zayed 2024-09-23 occurred", "VISITED mohamed-bin-zayed washington 2024-09-23 occurred"},
			wantNot: []string{"MET joe-biden xi-jinping", "ATTENDED narendra-modi QUAD 2024-09 occurred"},
		},
		{
			name: "the first to visit is the event told; on the condition that plans; the leader of the new administration; from a city where he attended; the speaker's two countries", published: "2025-05-13",
			text: "التقى العاهل الأردني الملك عبد الله الثاني الرئيس الأمريكي دونالد ترامب في البيت الأبيض يوم الثلاثاء، ليكون أول زعيم عربي يزور واشنطن منذ عودة ترامب. وقال مسؤولون إن مصر ستقدم خطة، على أن تناقشها قمة عربية طارئة في القاهرة نهاية الشهر الجاري. والتقى فيدان قائد الإدارة السورية الجديدة أحمد الشرع. Brazilian President Luiz Inacio Lula da Silva met Chinese President Xi Jinping on Tuesday. Lula arrived in Beijing on Saturday from Moscow, where he had attended the Victory Day parade on May 9 and held talks with President Vladimir Putin. Brazil's exports to China grew. Xi said the two countries, both members of BRICS, should defend free trade.",
			want: []string{"VISITED abdullah-ii washington 2025-05-13 occurred", "HOSTED_SUMMIT cairo ARAB-LEAGUE 2025-05 planned", "HOLDS_OFFICE ahmed-al-sharaa SY null occurred",
				"VISITED lula-da-silva moscow 2025-05-09 occurred", "MEMBER_OF BR BRICS null occurred", "MEMBER_OF CN BRICS null occurred"},
			wantNot: []string{"VISITED abdullah-ii washington 2025-05-20", "MEMBER_OF RU"},
		},
		{
			name: "a trip of someone the gazetteer does not know; a since-clause after a meeting; a meeting on a summit's sidelines puts both there; two guests in a third country", published: "2024-11-18",
			text: "Foreign Secretary David Lammy visited Beijing in October, and finance minister Rachel Reeves is expected to travel to China early next year. British Prime Minister Keir Starmer held talks with Chinese President Xi Jinping on the sidelines of the Group of 20 summit in Rio de Janeiro on Monday, the first meeting between leaders of the two countries since Theresa May visited Beijing in 2018. والتقى الرئيس عبد الفتاح السيسي الرئيس الإيراني إبراهيم رئيسي في الرياض في نوفمبر 2023.",
			want: []string{"VISITED david-lammy beijing 2024-10 occurred", "VISITED keir-starmer rio-de-janeiro 2024-11-18 occurred", "VISITED xi-jinping BR 2024-11-18 occurred",
				"VISITED theresa-may beijing 2018 occurred", "VISITED abdel-fattah-el-sisi riyadh 2023-11 occurred", "VISITED ebrahim-raisi SA 2023-11 occurred"},
			wantNot: []string{"VISITED david-lammy CN 2025", "MET theresa-may"},
		},
		{
			name: "a first shares the main event's plan; it became a member; guests a summit expects; this year's summit; a summit that ended", published: "2025-07-01",
			text: "ومن المقرر أن يزور وزير الخارجية الأردني أيمن الصفدي دمشق غدا، ليكون أول وزير خارجية عربي يلتقي أحمد الشرع. BRICS took in partners. Indonesia skipped the waiting room altogether: it became a full member on January 6. Brazil hosts this year's BRICS summit in Rio de Janeiro on July 6 and 7, where Prime Minister Narendra Modi and President Cyril Ramaphosa are expected. Starmer will not attend the Asia-Pacific Economic Cooperation forum, which ended in Lima on Saturday.",
			want: []string{"MET ahmed-al-sharaa ayman-safadi 2025-07-02 planned", "JOINED ID BRICS 2025-01-06 occurred", "ATTENDED narendra-modi BRICS 2025-07-06 planned",
				"ATTENDED cyril-ramaphosa BRICS 2025-07-06 planned", "HOSTED_SUMMIT BR BRICS 2025-07-06 planned", "HOSTED_SUMMIT lima APEC 2025-06-28 occurred"},
			wantNot: []string{"MET ahmed-al-sharaa ayman-safadi 2025-07-02 occurred", "HOSTED_SUMMIT BR BRICS 2025 ", "HOSTED_SUMMIT lima APEC 2025-07"},
		},
		{
			name: "coordinating within; the anti-ISIS coalition; a pact under negotiation; a trade's relative clause; a stop list breaks at since; an arrival under a dateline; met at the summit in a city", published: "2025-12-05",
			text: "NEW DELHI, Dec 5 (wire) - Russian President Vladimir Putin held talks with Prime Minister Narendra Modi on Friday, on his first visit to India since Russia invaded Ukraine in 2022.\n\nPutin landed on Thursday evening. Modi met Putin again at the SCO summit in Tianjin in September. India is one of the largest buyers of Russian crude, a trade that prompted Washington to impose tariffs. Modi held talks with Mark Carney and agreed to restart negotiations on a trade pact. وتنسق روسيا وسلطنة عمان سياساتهما النفطية في إطار تحالف أوبك+. وأعلنت دمشق انضمامها إلى التحالف الدولي لمحاربة تنظيم داعش.",
			want: []string{"VISITED vladimir-putin new-delhi 2025-12-04 occurred", "VISITED vladimir-putin tianjin 2025-09 occurred", "VISITED narendra-modi CN 2025-09 occurred", "TRADE_PARTNER_OF IN RU null occurred",
				"MEMBER_OF OM OPECPLUS null occurred", "JOINED SY ISIS-COALITION null occurred"},
			wantNot: []string{"VISITED vladimir-putin UA", "TRADE_PARTNER_OF RU US", "TRADE_PARTNER_OF CA IN"},
		},
		{
			name: "joined leaders for a summit; a skipped gathering and a trip after it; also attended, the day before; an Arab-Islamic summit", published: "2023-09-06",
			text: "JAKARTA, Sept 6 (wire) - U.S. Vice President Kamala Harris joined Southeast Asian leaders in Jakarta on Wednesday for the ASEAN-U.S. summit, standing in for President Joe Biden, who skipped the gathering before heading to the G20 summit in New Delhi. Indonesian President Joko Widodo, whose country chairs ASEAN this year, opened the talks. Chinese Premier Li Qiang also attended. الدوحة - استضافت قطر، الاثنين، قمة عربية إسلامية طارئة. وشارك في القمة الرئيس الإيراني مسعود بزشكيان ورئيس الوزراء العراقي محمد شياع السوداني.",
			want: []string{"ATTENDED kamala-harris ASEAN 2023-09-06 occurred", "VISITED kamala-harris jakarta 2023-09-06 occurred", "VISITED joe-biden new-delhi null planned", "ATTENDED li-qiang ASEAN 2023-09-06 occurred",
				"HOSTED_SUMMIT QA OIC 2023-09-04 occurred", "ATTENDED masoud-pezeshkian OIC 2023-09-04 occurred", "ATTENDED mohammed-shia-al-sudani ARAB-LEAGUE 2023-09-04 occurred"},
			wantNot: []string{"JOINED", "ATTENDED kamala-harris G20", "VISITED kamala-harris IN", "ATTENDED masoud-pezeshkian ARAB-LEAGUE"},
		},
		{
			name: "an ordinal between a summit and its organisation; a meeting on the sidelines is at the summit's city", published: "2025-11-22",
			text:    "وكانت قطر قد استضافت في ديسمبر 2023 القمة الرابعة والأربعين لمجلس التعاون الخليجي.\n\nJOHANNESBURG, Nov 22 (wire) - Leaders of the Group of 20 met in Johannesburg on Saturday for the first G20 summit held in Africa. On the sidelines, Indian Prime Minister Narendra Modi held talks with Canadian Prime Minister Mark Carney.",
			want:    []string{"HOSTED_SUMMIT QA GCC 2023-12 occurred", "VISITED narendra-modi johannesburg 2025-11-22 occurred", "VISITED mark-carney ZA 2025-11-22 occurred"},
			wantNot: []string{"HOSTED_SUMMIT QA ARAB-LEAGUE"},
		},
		{
			name: "companions share a visit and its meetings; a meeting named after 'after' is elsewhere; he will fly on to; new capitals", published: "2025-08-18",
			text: "WASHINGTON, Aug 18 (wire) - President Donald Trump hosted Ukrainian President Volodymyr Zelenskiy at the White House on Monday, three days after his summit with Russian President Vladimir Putin in Alaska. Zelenskiy was accompanied by British Prime Minister Keir Starmer and French President Emmanuel Macron, who joined the talks after Trump's meeting with Zelenskiy. Xi Jinping held talks with Anwar Ibrahim in Kuala Lumpur on Wednesday. He will fly on to Phnom Penh on Thursday to meet Cambodian Prime Minister Hun Manet.",
			want: []string{"VISITED volodymyr-zelensky washington 2025-08-18 occurred", "VISITED keir-starmer washington 2025-08-18 occurred", "VISITED emmanuel-macron US 2025-08-18 occurred",
				"MET donald-trump keir-starmer 2025-08-18 occurred", "VISITED xi-jinping phnom-penh 2025-08-21 planned"},
			wantNot: []string{"VISITED vladimir-putin washington", "VISITED donald-trump"},
		},
		{
			name: "a title inside a listed name; a candidacy; an upgrade ahead; a pronoun's second verb; an owning alliance; a ranked member; a meeting on the visit's day; buying from; a where-clause after an unnamed subject; the Arabic economic partnership; a wish to grow trade; a firm's nationality; a possessive partner", published: "2023-07-19",
			text: "Jordan's King Abdullah II received the minister. Serbia, a candidate for membership of the European Union, said it would stay neutral. Hungary is expected to raise its relations with Beijing to an all-weather strategic partnership. Xi arrived in Belgrade on Tuesday. He will fly on to Budapest on Wednesday and hold talks with Prime Minister Viktor Orban on Thursday. Finland joined NATO on Tuesday, doubling alliance's border with Russia. Turkey was the last member to ratify the accession. On Monday Kishida travelled to Abu Dhabi, where President Sheikh Mohamed bin Zayed received him. Japan buys about 40 percent of its crude oil from Saudi Arabia. Beijing and Islamabad praised their close partnership on Tuesday. وكان أردوغان قد بدأ جولته يوم الاثنين من جدة، حيث التقى ولي العهد السعودي الأمير محمد بن سلمان. وانتقل الثلاثاء إلى الدوحة، حيث أجرى محادثات مع أمير قطر الشيخ تميم بن حمد آل ثاني. ووقعت الإمارات وتركيا في مارس الماضي اتفاقية الشراكة الاقتصادية الشاملة، ويطمح الطرفان إلى رفع حجم التبادل التجاري بينهما. ووقعت بغداد مذكرة تفاهم مع شركة سيمنز الألمانية.",
			want: []string{"HOLDS_OFFICE abdullah-ii JO null occurred", "PARTNER_OF CN HU null planned", "MET viktor-orban xi-jinping 2023-07-20 planned", "MEMBER_OF TR NATO null occurred",
				"MET fumio-kishida mohamed-bin-zayed 2023-07-17 occurred", "TRADE_PARTNER_OF JP SA null occurred", "PARTNER_OF CN PK null occurred", "VISITED recep-tayyip-erdogan doha 2023-07-18 occurred",
				"MET recep-tayyip-erdogan tamim-bin-hamad 2023-07-18 occurred", "TRADE_PARTNER_OF AE TR null occurred"},
			wantNot: []string{"MEMBER_OF RS", "PARTNER_OF FI RU", "PARTNER_OF AE TR", "SIGNED_AGREEMENT DE", "PARTNER_OF CN HU null occurred"},
		},
		{
			name: "leading a delegation; by video; a subject past its relative clause and the clause's date; a plan that fell through; and then attend; host an organisation; a clause before; two guests in a summit city", published: "2024-11-16",
			text: "LIMA, Nov 16 (wire) - Leaders opened the APEC summit in Lima on Friday. Biden and Xi met on Saturday, their last meeting before Donald Trump returns to the White House in January. On Friday Xi met Japanese Prime Minister Shigeru Ishiba. Premier Li Qiang led China's delegation. Russian President Vladimir Putin took part by video link. Prime Minister Narendra Modi, who arrived in Lima on Thursday, also attended the summit. Albanese, who had been due to meet Biden, did not get his meeting. Biden will fly on Sunday to Manaus and then attend the G20 summit in Rio de Janeiro on Monday. South Korea will host APEC next year.",
			want: []string{"ATTENDED li-qiang APEC 2024-11-15 occurred", "ATTENDED narendra-modi APEC 2024-11-15 occurred", "VISITED narendra-modi lima 2024-11-14 occurred",
				"ATTENDED joe-biden G20 2024-11-18 planned", "HOSTED_SUMMIT KR APEC 2025 planned", "MET joe-biden xi-jinping 2024-11-16 occurred",
				"VISITED shigeru-ishiba lima 2024-11-15 occurred", "VISITED xi-jinping PE 2024-11-15 occurred"},
			wantNot: []string{"ATTENDED vladimir-putin", "MET anthony-albanese", "MET donald-trump", "MET joe-biden xi-jinping 2024-01", "ATTENDED narendra-modi APEC 2024-11-14"},
		},
		{
			name: "an Arabic dateline with a comma; the city and where he came from; four signatories met; those at a summit did not all meet; an office's organisation is no summit's; standing in; a delegation led; members a group includes; a request to join", published: "2025-10-13",
			text: "شرم الشيخ، 13 أكتوبر (دبلوغراف) - استقبل السيسي الرئيس الأمريكي دونالد ترامب اليوم الاثنين لدى وصوله إلى المدينة قادماً من إسرائيل. ووقع ترامب والسيسي وأمير قطر الشيخ تميم بن حمد آل ثاني والرئيس التركي رجب طيب أردوغان وثيقة بشأن غزة. وشارك في القمة الرئيس الفرنسي إيمانويل ماكرون ورئيس الوزراء البريطاني كير ستارمر والأمين العام للأمم المتحدة أنطونيو غوتيريش. وافتتح لولا قمة بريكس في ريو اليوم. ولم يحضر الرئيس الروسي فلاديمير بوتين القمة، واكتفى بالمشاركة عبر الفيديو، وأناب عنه وزير الخارجية سيرغي لافروف. وترأس وزير الخارجية الإيراني عباس عراقجي وفد بلاده. وتستضيف إيطاليا قمة مجموعة السبع بصفتها رئيسة المجموعة التي تضم الولايات المتحدة وكندا وفرنسا. وكانت الجزائر قد طلبت الانضمام إلى مجموعة بريكس لكنها لم تدع في قمة جوهانسبرغ في أغسطس 2023.",
			want: []string{"VISITED donald-trump sharm-el-sheikh 2025-10-13 occurred", "VISITED donald-trump IL null occurred", "MET recep-tayyip-erdogan tamim-bin-hamad null occurred",
				"SIGNED_AGREEMENT QA TR null occurred", "ATTENDED sergey-lavrov BRICS 2025-10-13 occurred", "ATTENDED abbas-araghchi BRICS 2025-10-13 occurred", "MEMBER_OF CA G7 null occurred"},
			wantNot: []string{"MET emmanuel-macron keir-starmer", "ATTENDED emmanuel-macron UN", "ATTENDED vladimir-putin", "JOINED DZ", "VISITED abdel-fattah-el-sisi"},
		},
		{
			name: "an officer of the organisation chairs its meeting; a trade bloc; in his place; a dialogue partner; which groups; a former prime minister is not today's", published: "2025-06-25",
			text: "THE HAGUE, June 25 (wire) - NATO leaders met at a summit in The Hague on Wednesday. NATO Secretary General Mark Rutte, a former Dutch prime minister, chaired the meeting. Bolivia became a full member of the Mercosur trade bloc on Monday at a summit in Asuncion hosted by Paraguayan President Santiago Pena. Argentine President Javier Milei did not attend, sending Foreign Minister Diana Mondino in his place. Egypt joined the SCO as a dialogue partner. The G7, which groups the United States, Canada and Japan, met in June.",
			want: []string{"ATTENDED mark-rutte NATO null occurred", "JOINED BO MERCOSUR 2025-06-23 occurred", "HOSTED_SUMMIT asuncion MERCOSUR 2025-06-23 occurred",
				"ATTENDED diana-mondino MERCOSUR 2025-06-23 occurred", "MEMBER_OF CA G7 null occurred"},
			wantNot: []string{"TRADE_PARTNER_OF", "JOINED EG", "MEMBER_OF NL", "ATTENDED javier-milei", "HOLDS_OFFICE dick-schoof"},
		},
		{
			name: "a subject past its aside, and the aside's date; representing someone at a summit", published: "2024-10-10",
			text:    "Leaders are meeting in Vientiane this week for the ASEAN summit. Japanese Prime Minister Shigeru Ishiba, on his first trip abroad since taking office last week, attended the summit. U.S. Secretary of State Antony Blinken will represent President Joe Biden at the East Asia Summit on Friday.",
			want:    []string{"ATTENDED shigeru-ishiba ASEAN null occurred", "ATTENDED antony-blinken ASEAN 2024-10-11 planned"},
			wantNot: []string{"ATTENDED joe-biden", "ATTENDED shigeru-ishiba ASEAN 2024-10-0"},
		},
		{
			name: "a dialogue partner; a group that includes; his taking part; four signatories before the verb; an organisation joining another; the summit saw; after the summit named; an office's organisation attends nothing; the union with a proclitic", published: "2023-09-11",
			text: "وافق مجلس الوزراء السعودي على منح المملكة صفة شريك حوار في منظمة شنغهاي للتعاون، إذ تنضم السعودية إلى المنظمة بصفة شريك حوار. وتضم المنظمة الصين وروسيا والهند وباكستان. وأجرى ولي العهد السعودي الأمير محمد بن سلمان محادثات مع رئيس الوزراء الهندي ناريندرا مودي في إطار زيارة دولة تلت مشاركته في قمة مجموعة العشرين التي استضافتها الهند يومي السبت والأحد. وشهدت القمة انضمام الاتحاد الأفريقي إلى مجموعة العشرين عضواً دائماً. وكانت السعودية والهند والولايات المتحدة والإمارات قد وقعت على هامش القمة مذكرة تفاهم. وعقدت قمة الاتحاد الأفريقي في أديس أبابا. وشارك في افتتاح القمة الأمين العام للأمم المتحدة أنطونيو غوتيريش، الذي دعا إلى منح أفريقيا مقعدا في مجلس الأمن. وتسلم الرئيس الأنغولي جواو لورينسو الرئاسة الدورية للاتحاد من الرئيس الموريتاني محمد ولد الشيخ الغزواني، الذي ترأس الاتحاد خلال العام الماضي.",
			want: []string{"MEMBER_OF PK SCO null occurred", "ATTENDED mohammed-bin-salman G20 2023-09-09 occurred", "SIGNED_AGREEMENT AE US 2023-09-09 occurred",
				"JOINED AFRICAN-UNION G20 2023-09-09 occurred", "ATTENDED antonio-guterres AFRICAN-UNION null occurred", "MEMBER_OF MR AFRICAN-UNION null occurred"},
			wantNot: []string{"JOINED SA SCO", "ATTENDED narendra-modi G20", "ATTENDED UN", "ATTENDED antonio-guterres UNSC", "JOINED G20"},
		},
		{
			name: "no organisation is borrowed across two", published: "2025-02-10",
			text:    "Leaders of the SCO and of BRICS met in Kazan. Egypt became a full member in January 2024.",
			wantNot: []string{"JOINED EG"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pub, err := ParseDate(tt.published)
			if err != nil {
				t.Fatal(err)
			}
			got := facts(x.Extract(Article{ID: "t", Text: tt.text, Published: pub}))
			have := strings.Join(got, "\n")
			for _, w := range tt.want {
				if !contains(got, w) {
					t.Errorf("missing %q; got:\n%s", w, have)
				}
			}
			for _, w := range tt.wantNot {
				for _, g := range got {
					if strings.HasPrefix(g, w) {
						t.Errorf("unexpected %q; got:\n%s", g, have)
					}
				}
			}
		})
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func TestResolveDate(t *testing.T) {
	pub := Date{2024, 5, 16} // a Thursday
	tests := []struct {
		name    string
		e       dateExpr
		forward bool
		want    string
	}{
		{"same weekday is today", dateExpr{weekday: 4}, false, "2024-05-16"},
		{"weekday backward", dateExpr{weekday: 3}, false, "2024-05-15"},
		{"weekday backward wraps", dateExpr{weekday: 5}, false, "2024-05-10"},
		{"weekday forward", dateExpr{weekday: 5}, true, "2024-05-17"},
		{"yesterday", dateExpr{weekday: -1, rel: "yesterday"}, false, "2024-05-15"},
		{"tomorrow", dateExpr{weekday: -1, rel: "tomorrow"}, true, "2024-05-17"},
		{"last year", dateExpr{weekday: -1, rel: "last-year"}, false, "2023"},
		{"next month over year end", dateExpr{weekday: -1, rel: "next-month"}, true, "2024-06"},
		{"month without year, past", dateExpr{weekday: -1, abs: Date{Month: 7}}, false, "2023-07"},
		{"month without year, future", dateExpr{weekday: -1, abs: Date{Month: 7}}, true, "2024-07"},
		{"month past in future looks ahead", dateExpr{weekday: -1, abs: Date{Month: 3}}, true, "2025-03"},
		{"absolute", dateExpr{weekday: -1, abs: Date{2023, 3, 20}}, false, "2023-03-20"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := resolveDate(tt.e, pub, tt.forward).String(); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
	if got := resolveDate(dateExpr{weekday: 3}, Date{}, false); !got.IsZero() {
		t.Errorf("weekday without publication date = %v, want no date", got)
	}
}

func TestParseDate(t *testing.T) {
	for _, ok := range []string{"2024", "2024-05", "2024-05-16", "2024-05-16T10:00:00Z", ""} {
		if _, err := ParseDate(ok); err != nil {
			t.Errorf("ParseDate(%q): %v", ok, err)
		}
	}
	for _, bad := range []string{"2024-13-01", "2024-02-30", "16/05/2024", "24-05-16", "2024-5-16", "soon"} {
		if _, err := ParseDate(bad); err == nil || !strings.Contains(err.Error(), bad) {
			t.Errorf("ParseDate(%q) error = %v, want one naming the value", bad, err)
		}
	}
}
