// Hungarian clinical vocabulary, written for this project from general medical knowledge (facts).
// Hungarian is agglutinative: the commonest conditions are also listed with the possessive ("cukorbetegsége"), the
// instrumental ("cukorbetegséggel"), the inessive ("cukorbetegségben") and the adjective ("asztmás")
// (condition_inflected). Compounds on "-gyulladás" (inflammation) are listed whole, as the word alone also means
// ignition.
// Left out on purpose: words that are everyday words in Hungarian or in another language ("rák" (crayfish, the
// zodiac sign), "rákos" (also a district of Budapest and a surname), "láz" alone (also excitement: "lázba hoz",
// "aranyláz"), "fájdalom" alone, "terhes" alone (also onerous), "gyulladás" alone, "depresszió" alone (also the
// economy), "szorongás" alone, "recept" (also a cooking recipe), "műtét" alone, "altatás" (also putting to sleep),
// "mellékhatás" (also of a policy), "reflux" alone, "sokk" (also a surprise), "sérülés" alone, "hányinger", "stroke"
// (English), "tbc", "cv", "copd" is in the English list, "szív" and "vese" alone), and professions alone ("orvos",
// "háziorvos", "ápoló", "pszichiáter").
// Also left out: "klimax" (climax in German and Scandinavian), "bőr alá" (figurative), "laboreredmény", "felírták neki"
// (also "wrote it down for him"), "skizofrén" (a schizophrenic situation), "demens" (slang for stupid).
export const lang = 'hu';

export const condition = `
daganat, daganatos betegség, rosszindulatú daganat, jóindulatú daganat, tüdőrák, mellrák, emlőrák, prosztatarák, vastagbélrák, végbélrák,
méhnyakrák, petefészekrák, hasnyálmirigyrák, gyomorrák, bőrrák, hólyagrák, húgyhólyagrák, veserák, májrák, pajzsmirigyrák, nyelőcsőrák,
agydaganat, áttét, áttétek, áttétes, leukémia, fehérvérűség, limfóma, nyirokrák, melanoma, melanóma, bazálsejtes karcinóma, karcinóma,
szarkóma, mielóma multiplex, cukorbetegség, cukorbeteg, diabétesz, 1-es típusú cukorbetegség, 2-es típusú cukorbetegség, 2-es típusú diabétesz,
terhességi cukorbetegség, terhességi diabétesz, inzulinrezisztencia, hipoglikémia, hiperglikémia, pajzsmirigy-alulműködés,
pajzsmirigy-túlműködés, hipotireózis, hipertireózis, golyva, pajzsmirigygöb, hashimoto-thyreoiditis, graves-kór, magas koleszterin,
magas koleszterinszint, hiperkoleszterinémia, elhízás, kóros elhízás, magas vérnyomás, hipertónia, alacsony vérnyomás, hipotónia,
szívinfarktus, infarktus, szívroham, szívelégtelenség, pitvarfibrilláció, szívritmuszavar, ritmuszavar, angina pectoris, koszorúér-betegség,
iszkémiás szívbetegség, szívbetegség, szívbeteg, mélyvénás trombózis, trombózis, vérrög, tüdőembólia, agyvérzés, agyi infarktus, szélütés,
agyi érkatasztrófa, aneurizma, aortaaneurizma, visszér, visszeresség, tüdőgyulladás, hörghurut, hörgőgyulladás, asztma,
krónikus obstruktív tüdőbetegség, tüdőtágulat, tüdőfibrózis, tuberkulózis, tüdőbaj, influenza, alvási apnoe, obstruktív alvási apnoe,
hepatitisz, májgyulladás, fertőző májgyulladás, májzsugor, májcirrózis, zsírmáj, májelégtelenség, hasnyálmirigy-gyulladás, vakbélgyulladás,
divertikulitisz, gyomorhurut, gyomorfekély, nyombélfekély, refluxbetegség, crohn-betegség, colitis ulcerosa, irritábilis bél szindróma,
lisztérzékenység, cöliákia, aranyér, epekő, vesekő, vesekőroham, veseelégtelenség, krónikus vesebetegség, húgyúti fertőzés, hólyaghurut,
hólyaggyulladás, vesemedence-gyulladás, demencia, szellemi hanyatlás, alzheimer-kór, parkinson-kór, epilepszia, epilepsziás roham,
sclerosis multiplex, szklerózis multiplex, amiotrófiás laterálszklerózis, agyhártyagyulladás, agyvelőgyulladás, kullancsencephalitis,
porckorongsérv, gerincsérv, isiász, neuropátia, polineuropátia, agyi bénulás, súlyos depresszió, depressziós epizód, depressziós zavar,
major depresszió, bipoláris zavar, bipoláris affektív zavar, mániás depresszió, skizofrénia, pszichózis, pszichotikus epizód,
szorongásos zavar, generalizált szorongásos zavar, pánikroham, pánikbetegség, kényszerbetegség, obszesszív-kompulzív zavar,
poszttraumás stressz-zavar, poszttraumás stresszzavar, ptsd, adhd, figyelemhiányos hiperaktivitás-zavar, autizmus, autizmus spektrumzavar,
asperger-szindróma, evészavar, étkezési zavar, anorexia nervosa, anorexia, bulimia, falászavar, borderline személyiségzavar, személyiségzavar,
álmatlanság, öngyilkossági gondolatok, öngyilkossági kísérlet, öngyilkosságot kísérelt meg, önsértés, önsértő viselkedés, alkoholizmus,
alkoholfüggőség, alkoholbetegség, drogfüggőség, kábítószer-függőség, opioidfüggőség, túladagolás, elvonási tünetek, terhesség, várandós,
várandósság, méhen kívüli terhesség, veszélyeztetett terhesség, vetélés, spontán vetélés, koraszülés, halvaszületés, meddőség, endometriózis,
mióma, policisztás ovárium szindróma, menopauza, merevedési zavar, erektilis diszfunkció, preeclampsia, terhességi toxémia,
chlamydia-fertőzés, chlamydia, kankó, gonorrhoea, szifilisz, vérbaj, genitális herpesz, hiv-fertőzés, hiv-pozitív, nemi betegség,
szexuális úton terjedő betegség, hpv-fertőzés, artrózis, ízületi kopás, reumatoid artritisz, sokízületi gyulladás, ízületi gyulladás,
köszvény, csontritkulás, oszteoporózis, fibromyalgia, lupusz, szisztémás lupus erythematosus, ínhüvelygyulladás, combnyaktörés,
csuklótörés, bokatörés, nyílt törés, csonttörés, agyrázkódás, keresztszalag-szakadás, meniszkuszsérülés, pikkelysömör, ekcéma,
atópiás dermatitisz, övsömör, szepszis, vérmérgezés, kanyaró, rubeola, bárányhimlő, mumpsz, szamárköhögés, lyme-kór, középfülgyulladás,
fülgyulladás, arcüreggyulladás, mandulagyulladás, torokgyulladás, kötőhártya-gyulladás, zöld hályog, glaukóma, szürke hályog,
makuladegeneráció, retinaleválás, halláskárosodás, nagyothallás, süketség, fülzúgás, vérszegénység, anémia, vashiányos vérszegénység,
sarlósejtes vérszegénység, talasszémia, hemofília, vérzékenység, penicillinallergia, ételallergia, anafilaxia, anafilaxiás sokk,
csalánkiütés, ödéma, sárgaság, nehézlégzés, légszomj, mellkasi fájdalom, krónikus fájdalom, ájulás, down-szindróma, cisztás fibrózis,
bénulás, féloldali bénulás, gerincvelő-sérülés, felfekvés, magas láz, hasmenés, hányás, krónikus köhögés, légzési elégtelenség
`;

export const condition_inflected = `
cukorbetegsége, cukorbetegséggel, cukorbetegségben, cukorbetegséget, cukorbetegek, cukorbetegként, diabéteszes, diabétesze, diabétesszel,
magas vérnyomása, magas vérnyomással, magas vérnyomásban, magas vérnyomást, magas vérnyomásos, asztmás, asztmája, asztmával, asztmát,
daganatos, daganata, daganattal, daganatot, tüdőrákja, tüdőrákkal, tüdőrákban, mellrákja, mellrákkal, mellrákban, prosztatarákkal,
vastagbélrákkal, szívelégtelensége, szívelégtelenséggel, szívelégtelenségben, szívinfarktusa, szívinfarktust, szívinfarktusban,
szívinfarktuson, infarktusa, infarktust kapott, agyvérzése, agyvérzést, agyvérzésben, agyvérzést kapott, tüdőgyulladása, tüdőgyulladással,
tüdőgyulladásban, pitvarfibrillációja, pitvarfibrillációval, veseelégtelensége, veseelégtelenséggel, epilepsziás, epilepsziája,
epilepsziával, demenciája, demenciában, demenciával, skizofréniája, skizofréniával, alzheimer-kórban, alzheimer-kóros,
parkinson-kórban, parkinson-kóros, depressziós beteg, depresszióval küzd, depresszióval kezelik, bipoláris zavarral, szorongásos zavarral,
evészavarral, anorexiás, bulimiás, alkoholfüggő, drogfüggő, terhessége, terhességem, terhesség alatt, várandós vagyok, leukémiás,
leukémiája, leukémiában, elhízott, cukorbeteg vagyok, asztmás vagyok, pajzsmirigy-alulműködése, pajzsmirigy-alulműködéssel, csontritkulása,
csontritkulással, pikkelysömöre, pikkelysömörrel, sclerosis multiplexszel, szklerózis multiplexes, alvási apnoéja, migrénje, migrénes
`;

export const clinical = `
diagnosztizálták, diagnosztizáltak, diagnózist kapott, zárójelentés, zárójelentése, ambuláns lap, ambuláns kezelőlap, beutaló, beutalót,
beutalóval, e-recept, vényköteles, receptre felírt, táppénz, táppénzen, táppénzes papír, betegszabadság, orvosi igazolás,
kórlap, kórtörténet, kórelőzmény, anamnézis, fizikális vizsgálat, differenciáldiagnózis, kezelési terv, gyógyszerlista, háziorvosi rendelő,
szakrendelés, szakrendelő, pszichiátriai osztály, pszichiátriai gondozó, pszichiátriai ambulancia, addiktológiai ambulancia,
onkológiai osztály, onkológiai gondozó, onkológiai ambulancia, kardiológiai osztály, kardiológiai ambulancia, bőrgyógyászati szakrendelés,
belgyógyászati osztály, neurológiai osztály, sebészeti osztály, ortopédiai osztály, nőgyógyászati szakrendelés, tüdőgondozó,
diabetológiai szakrendelés, sürgősségi osztály, sürgősségi betegellátó osztály, intenzív osztály, intenzív osztályon, intenzív osztályra,
intenzív terápia, kórházba került, kórházba szállították, kórházban fekszik, kórházi kezelés, kórházi ápolás, kórházból hazaengedték,
palliatív ellátás, hospice-ház, vérvétel, vérvizsgálat, vérkép, laborlelet, vizeletvizsgálat, biopszia, szövettan,
szövettani vizsgálat, szövettani lelet, citológia, citológiai vizsgálat, rákszűrés, kemoterápia, kemoterápiás kezelés, sugárkezelés,
sugárterápia, immunterápia, hormonkezelés, dialízis, dialízisre jár, művese, művesekezelés, kolonoszkópia, vastagbéltükrözés, gasztroszkópia,
gyomortükrözés, endoszkópia, bronchoszkópia, mammográfia, hasi ultrahang, ultrahangvizsgálat, szívultrahang, ekg-vizsgálat, ct-vizsgálat,
mr-vizsgálat, mri-vizsgálat, mellkasröntgen, légzésfunkciós vizsgálat, lumbálpunkció, vesetranszplantáció, veseátültetés, májtranszplantáció,
májátültetés, csontvelő-átültetés, csontvelő-transzplantáció, vérátömlesztés, transzfúzió, intubálták, lélegeztetőgépen, gépi lélegeztetés,
általános érzéstelenítés, altatásos műtét, helyi érzéstelenítés, műtét után, műtét előtt, megműtötték, műtéten esett át, posztoperatív,
preoperatív, császármetszés, császármetszéssel, csípőprotézis, térdprotézis, pacemaker, szívritmus-szabályozó, szívkatéterezés,
koszorúér-tágítás, sztent beültetés, bypass-műtét, gyomorszűkítő műtét, gyógytorna, fizioterápia, pszichoterápia, kognitív viselkedésterápia,
influenza elleni védőoltás, védőoltás, beoltották, intravénásan, intravénás, szubkután, izomba adva, intramuszkulárisan, adagolás,
ellenjavallat, ellenjavallatok, nemkívánatos hatás, tumormarker, inzulinpumpa, inzulinpen, terhességi teszt, fogamzásgátló tabletta,
fogamzásgátló, esemény utáni tabletta, orvosi kontroll
`;

export const lab = `
hba1c, vércukor, vércukorszint, éhgyomri vércukor, éhomi vércukor, glükóz, koleszterin, koleszterinszint, összkoleszterin, ldl-koleszterin,
hdl-koleszterin, triglicerid, trigliceridszint, kreatinin, karbamid, egfr, hemoglobin, hematokrit, fehérvérsejt, fehérvérsejtszám,
vörösvérsejt, vérlemezke, vérlemezkeszám, szabad t4, vírusterhelés, vírusszám, troponin, c-reaktív protein, ferritin, d-vitamin,
d-vitamin-szint, májenzimek, májfunkciós értékek, bilirubin, albumin, húgysav, süllyedés
`;

export const vital_bp = `vérnyomás, vérnyomása, vérnyomásom, vérnyomásérték`;
export const vital_hr = `pulzus, pulzusa, pulzusom, szívfrekvencia`;
export const vital_spo2 = `oxigénszaturáció, szaturáció, szaturációja, oxigéntelítettség`;
export const vital_temp = `testhőmérséklet, testhőmérséklete, láza, lázam, lázas`;
export const vital_rr = `légzésszám, légzésszáma, légzésfrekvencia`;

export const suffix_clinical = `
ektómia:10, ektomia:10
`;

export const stop = `anatómia, ökonómia, asztronómia, gasztronómia, autonómia, akadémia, szimpátia, antipátia, empátia, telepátia, homeopátia`;

export const lab_unit = `kálium, nátrium, kalcium, magnézium`;
