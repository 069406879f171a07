// Czech clinical vocabulary, written for this project from general medical knowledge (facts).
// Czech inflects nouns: the commonest conditions are also listed in the genitive ("léčba cukrovky"), the
// instrumental ("pacient s cukrovkou") and the accusative where it differs ("má cukrovku") (condition_inflected).
// Left out on purpose: words that are everyday words in Czech or in another language ("rak" (crayfish, the zodiac
// sign), "mrtvice" alone (also the idiom "trefí mě mrtvice"), "deprese" alone (also weather and the economy),
// "horečka" alone (also "zlatá horečka", gold rush), "bolest" alone, "kašel", "rýma", "otok" (Croatian island),
// "srdce", "ledviny" alone, "recept" (also a cooking recipe), "doporučení" alone (a recommendation), "pohotovost"
// alone (also police or technical standby), "ambulance" alone (English), "rehabilitace" (also legal rehabilitation),
// "ozařování" (also physics), "magnetická rezonance" alone (also physics), "bypass" alone, "teplota" alone (weather),
// "nevolnost" (also serfdom), "úzkost" alone, "tlak" only with a blood-pressure value, "JIP", "ARO", "CMP", "ICHS", "DM"
// (short abbreviations)), and professions alone ("lékař", "praktický lékař", "sestra", "psychiatr").
// Also left out: "dna" (gout; DNA).
export const lang = 'cs';

export const condition = `
rakovina, rakovina plic, rakovina prsu, rakovina prostaty, rakovina tlustého střeva, kolorektální karcinom, rakovina konečníku,
rakovina děložního čípku, rakovina vaječníků, rakovina slinivky, rakovina žaludku, rakovina kůže, rakovina močového měchýře, rakovina ledvin,
rakovina jater, rakovina štítné žlázy, rakovina jícnu, nádor mozku, zhoubný nádor, nezhoubný nádor, maligní nádor, nádorové onemocnění,
onkologické onemocnění, metastázy, leukémie, lymfom, maligní melanom, melanom, bazaliom, karcinom, sarkom, mnohočetný myelom, cukrovka,
diabetes mellitus, diabetes 1. typu, diabetes 2. typu, cukrovka 1. typu, cukrovka 2. typu, těhotenská cukrovka, gestační diabetes, diabetik,
diabetička, hypoglykémie, hyperglykémie, snížená funkce štítné žlázy, zvýšená funkce štítné žlázy, hypotyreóza, hypertyreóza, struma,
uzel na štítné žláze, hashimotova tyreoiditida, gravesova choroba, vysoký cholesterol, hypercholesterolémie, obezita, morbidní obezita,
vysoký krevní tlak, hypertenze, arteriální hypertenze, nízký krevní tlak, hypotenze, infarkt, infarkt myokardu, srdeční infarkt,
srdeční selhání, selhání srdce, srdeční nedostatečnost, fibrilace síní, srdeční arytmie, arytmie, angina pectoris, ischemická choroba srdeční,
onemocnění věnčitých tepen, hluboká žilní trombóza, trombóza, krevní sraženina, plicní embolie, mozková mrtvice, cévní mozková příhoda,
ischemická cévní mozková příhoda, krvácení do mozku, mozkové krvácení, aneuryzma, aneurysma aorty, křečové žíly, varixy, zápal plic,
pneumonie, bronchitida, zánět průdušek, astma, bronchiální astma, chopn, chronická obstrukční plicní nemoc, rozedma plic, plicní fibróza,
tuberkulóza, chřipka, spánková apnoe, hepatitida, žloutenka, cirhóza jater, jaterní cirhóza, ztučnění jater, steatóza jater, selhání jater,
zánět slinivky břišní, pankreatitida, zánět slepého střeva, apendicitida, divertikulitida, gastritida, zánět žaludku, žaludeční vřed,
vředová choroba, refluxní choroba jícnu, crohnova choroba, ulcerózní kolitida, syndrom dráždivého tračníku, celiakie, hemoroidy, žlučníkové kameny,
ledvinové kameny, ledvinová kolika, selhání ledvin, chronické onemocnění ledvin, chronická renální insuficience, infekce močových cest,
zánět močového měchýře, zánět ledvin, demence, alzheimerova choroba, parkinsonova choroba, epilepsie, epileptický záchvat, padoucnice,
roztroušená skleróza, amyotrofická laterální skleróza, meningitida, zánět mozkových blan, encefalitida, klíšťová encefalitida, výhřez ploténky,
hernie disku, ischias, neuropatie, polyneuropatie, dětská mozková obrna, těžká deprese, depresivní porucha, depresivní epizoda,
maniodepresivní psychóza, bipolární afektivní porucha, bipolární porucha, schizofrenie, psychóza, psychotická ataka, úzkostná porucha,
generalizovaná úzkostná porucha, panická porucha, panická ataka, obsedantně-kompulzivní porucha, posttraumatická stresová porucha,
adhd, autismus, porucha autistického spektra, aspergerův syndrom, porucha příjmu potravy, poruchy příjmu potravy, mentální anorexie, anorexie,
mentální bulimie, bulimie, záchvatovité přejídání, hraniční porucha osobnosti, porucha osobnosti, nespavost, sebevražedné myšlenky,
pokus o sebevraždu, sebepoškozování, alkoholismus, závislost na alkoholu, drogová závislost, závislost na drogách, závislost na opioidech,
předávkování, abstinenční příznaky, těhotná, těhotenství, mimoděložní těhotenství, rizikové těhotenství, samovolný potrat, potratila,
předčasný porod, mrtvě narozené dítě, neplodnost, endometrióza, myom, děložní myom, syndrom polycystických ovarií, menopauza, klimakterium,
erektilní dysfunkce, preeklampsie, eklampsie, chlamydie, kapavka, syfilis, příjice, genitální opar, infekce hiv, hiv pozitivní,
pohlavně přenosná nemoc, pohlavní choroba, artróza, revmatoidní artritida, artritida, osteoporóza, řídnutí kostí, fibromyalgie,
lupus, systémový lupus erythematodes, zánět šlachy, zlomenina krčku stehenní kosti, zlomenina krčku, zlomenina zápěstí, zlomenina kotníku,
otevřená zlomenina, zlomenina, otřes mozku, přetržený křížový vaz, poranění menisku, lupénka, psoriáza, ekzém, atopický ekzém, pásový opar,
sepse, otrava krve, spalničky, zarděnky, plané neštovice, příušnice, černý kašel, lymeská borelióza, borelióza, zánět středního ucha,
zánět vedlejších nosních dutin, zánět mandlí, angína, zánět hltanu, zánět spojivek, zelený zákal, glaukom, šedý zákal, katarakta,
makulární degenerace, odchlípení sítnice, nedoslýchavost, hluchota, tinnitus, chudokrevnost, anémie, anémie z nedostatku železa,
srpkovitá anémie, hemofilie, alergie na penicilin, potravinová alergie, anafylaktický šok, anafylaxe, kopřivka, otoky, dušnost,
bolest na hrudi, chronická bolest, mdloba, downův syndrom, cystická fibróza, ochrnutí, obrna, hemiplegie, poranění míchy, proleženiny,
proleženina, vysoká horečka, průjem, zvracení, chronický kašel, dechová nedostatečnost, respirační insuficience
`;

export const condition_inflected = `
cukrovky, cukrovkou, cukrovku, diabetu, diabetem, diabetu 2. typu, hypertenzí, vysokého krevního tlaku, vysokým krevním tlakem, astmatu,
astmatem, astmatik, astmatička, rakoviny, rakovinou, rakovinu, rakovině, rakoviny plic, rakovinou plic, rakoviny prsu, rakovinou prsu,
rakoviny prostaty, rakovinou prostaty, rakoviny tlustého střeva, nádoru, nádorem, zápalu plic, zápalem plic, infarktu, infarktem,
infarktu myokardu, srdečního selhání, srdečním selháním, fibrilací síní, mozkové mrtvice, mozkovou mrtvici, mozkovou mrtvicí,
cévní mozkové příhody, cévní mozkovou příhodu, selháním ledvin, chronického onemocnění ledvin, chopn, epilepsií, epileptik, epileptička,
demencí, schizofrenií, schizofrenik, leukémií, tuberkulózy, tuberkulózou, obezity, obezitou, alzheimerovy choroby, alzheimerovou chorobou,
parkinsonovy choroby, parkinsonovou chorobou, roztroušené sklerózy, roztroušenou sklerózou, depresemi, trpí depresí, těžké deprese,
depresivní poruchy, bipolární poruchy, bipolární poruchou, úzkostné poruchy, úzkostnou poruchou, poruchy příjmu potravy, poruchou příjmu potravy,
anorexií, bulimií, závislosti na alkoholu, závislostí na alkoholu, těhotenství, v těhotenství, těhotné, hypotyreózy, hypotyreózou,
cirhózy jater, cirhózou jater, spánkové apnoe, spánkovou apnoe, osteoporózy, osteoporózou, lupénky, lupénkou, endometriózy, endometriózou,
sebevražedných myšlenek, pokusu o sebevraždu, anémií
`;

export const clinical = `
diagnostikován, diagnostikována, diagnostikovali, byla diagnostikována, stanovena diagnóza, propouštěcí zpráva, lékařská zpráva,
ambulantní zpráva, žádanka, doporučení k hospitalizaci, doporučení ke specialistovi, e-recept, elektronický recept, lékařský předpis,
pracovní neschopnost, neschopenka, nemocenská, zdravotní dokumentace, chorobopis, anamnéza, osobní anamnéza, rodinná anamnéza,
fyzikální vyšetření, diferenciální diagnostika, diferenciální diagnóza, léčebný plán, seznam léků, psychiatrická ambulance,
psychiatrické oddělení, psychiatrická léčebna, psychiatrická nemocnice, onkologická ambulance, onkologické oddělení, kardiologická ambulance,
kardiologické oddělení, kožní ambulance, kožní oddělení, diabetologická ambulance, neurologická ambulance, gynekologická ambulance,
interní ambulance, interní oddělení, chirurgická ambulance, ortopedická ambulance, plicní ambulance, ambulance pro léčbu závislostí,
centrum duševního zdraví, urgentní příjem, lékařská pohotovost, zdravotnická záchranná služba, jednotka intenzivní péče, anesteziologicko-resuscitační
oddělení, intenzivní péče, hospitalizace, hospitalizován, hospitalizována, přijat do nemocnice, přijata do nemocnice, propuštěn z nemocnice,
propuštěna z nemocnice, paliativní péče, hospic, odběr krve, krevní obraz, krevní testy, rozbor krve, vyšetření moči, biopsie,
histologické vyšetření, histologie, cytologie, cytologické vyšetření, chemoterapie, radioterapie, imunoterapie, hormonální léčba, dialýza,
hemodialýza, kolonoskopie, gastroskopie, endoskopie, bronchoskopie, mamografie, ultrazvuk břicha, sonografie, echokardiografie,
elektrokardiogram, vyšetření magnetickou rezonancí, počítačová tomografie, rentgen hrudníku, rtg hrudníku, spirometrie, lumbální punkce,
transplantace ledviny, transplantace jater, transplantace kostní dřeně, transfuze krve, intubován, intubována, umělá plicní ventilace,
celková anestezie, celková narkóza, lokální anestezie, pooperační, předoperační, operován, operována, císařský řez, náhrada kyčelního kloubu,
totální endoprotéza, kardiostimulátor, koronarografie, angioplastika, aortokoronární bypass, bariatrická operace, fyzioterapie, psychoterapie,
očkování proti chřipce, nitrožilně, podkožně, intramuskulárně, dávkování, kontraindikace, nežádoucí účinky, nádorový marker, inzulinová pumpa,
těhotenský test, antikoncepce, hormonální antikoncepce, antikoncepční pilulky, kontrola u lékaře
`;

export const lab = `
hba1c, glykovaný hemoglobin, glykémie, glykemie, glykémie nalačno, glukóza, cholesterol, celkový cholesterol, ldl cholesterol, hdl cholesterol,
triglyceridy, kreatinin, močovina, egfr, hemoglobin, hematokrit, leukocyty, erytrocyty, trombocyty, volný t4, virová nálož, troponin,
c-reaktivní protein, feritin, vitamin d, jaterní testy, bilirubin, albumin, kyselina močová, sedimentace
`;

export const vital_bp = `krevní tlak, krevního tlaku, tlak, tk`;
export const vital_hr = `tep, tepová frekvence, srdeční frekvence, puls`;
export const vital_spo2 = `saturace, saturace kyslíkem`;
export const vital_temp = `tělesná teplota, teplotu, horečka`;
export const vital_rr = `dechová frekvence`;

export const suffix_clinical = `
ektomie:10
`;

export const stop = `anatomie, ekonomie, astronomie, gastronomie, autonomie, akademie, sympatie, antipatie, empatie, telepatie, homeopatie, mikroskopie`;

export const lab_unit = `draslík, sodík, vápník, hořčík`;
