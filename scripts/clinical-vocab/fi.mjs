// Finnish clinical vocabulary, written for this project from general medical knowledge (facts).
// Finnish writes compounds ("rintasyöpä", "keuhkokuume"); "-syöpä" (cancer) and "-tulehdus" (inflammation) are
// used as compound heads (suffix_condition). Nouns inflect in 15 cases: the commonest conditions are also listed in
// the genitive ("diabeteksen hoito"), the partitive ("sairastaa astmaa") and the illative ("sairastui syöpään")
// (condition_inflected). "kuume" (fever) counts alone, as Swedish "feber" and Norwegian "feber" do.
// Left out on purpose: words that are everyday words in Finnish or in another language ("kipu" alone, "flunssa"
// (a cold), "masentunut" (also just sad), "pahoinvointi" (also feeling unwell), "lähete" alone (also a consignment
// note), "resepti" alone (also a cooking recipe), "päivystys" alone (also an on-call duty in IT), "leikkaus" alone
// (also a cut, a film edit), "tähystys" (also observing), "kotiutettiin" (also of soldiers), "lapsettomuus" (also
// a life choice), "sydän", "munuainen" alone, "lämpö" alone (weather), "syke" alone in prose (only with a value),
// "laboratoriokokeet" (also chemistry), "ms", "tbc", "rr", "cp" alone (short abbreviations)), and professions alone
// ("lääkäri", "hoitaja", "psykiatri").
// Also left out: "ensiapu" (first-aid courses and kits), "alat" (also "fields").
export const lang = 'fi';

export const condition = `
syöpä, keuhkosyöpä, rintasyöpä, eturauhassyöpä, paksusuolensyöpä, suolistosyöpä, peräsuolen syöpä, kohdunkaulan syöpä, kohdunkaulansyöpä,
munasarjasyöpä, haimasyöpä, mahasyöpä, ihosyöpä, virtsarakon syöpä, rakkosyöpä, munuaissyöpä, maksasyöpä, kilpirauhassyöpä, ruokatorven syöpä,
aivokasvain, pahanlaatuinen kasvain, hyvänlaatuinen kasvain, syöpäkasvain, etäpesäke, etäpesäkkeet, leukemia, lymfooma, melanooma,
pahanlaatuinen melanooma, tyvisolusyöpä, karsinooma, sarkooma, myelooma, sokeritauti, tyypin 1 diabetes, tyypin 2 diabetes, 1-tyypin diabetes,
2-tyypin diabetes, raskausdiabetes, diabeetikko, insuliinipuutosdiabetes, hypoglykemia, hyperglykemia, kilpirauhasen vajaatoiminta,
kilpirauhasen liikatoiminta, hypotyreoosi, hypertyreoosi, struuma, kilpirauhaskyhmy, hashimoton tyreoidiitti, gravesin tauti,
korkea kolesteroli, hyperkolesterolemia, lihavuus, sairaalloinen lihavuus, verenpainetauti, korkea verenpaine, kohonnut verenpaine,
matala verenpaine, hypotensio, sydäninfarkti, sydänkohtaus, sydämen vajaatoiminta, eteisvärinä, sydämen rytmihäiriö, rytmihäiriö,
angina pectoris, sepelvaltimotauti, sydänsairaus, syvä laskimotukos, laskimotukos, veritulppa, keuhkoveritulppa, keuhkoembolia,
aivoinfarkti, aivoverenvuoto, aivohalvaus, aivoverenkiertohäiriö, valtimonpullistuma, aortan aneurysma, suonikohjut, keuhkokuume,
keuhkoputkentulehdus, astma, keuhkoahtaumatauti, keuhkolaajentuma, keuhkofibroosi, tuberkuloosi, keuhkotuberkuloosi, influenssa,
uniapnea, obstruktiivinen uniapnea, hepatiitti, maksatulehdus, maksakirroosi, rasvamaksa, maksan vajaatoiminta, haimatulehdus,
umpilisäkkeen tulehdus, umpisuolentulehdus, divertikuliitti, mahakatarri, gastriitti, mahahaava, pohjukaissuolihaava, refluksitauti,
crohnin tauti, haavainen paksusuolentulehdus, ärtyvän suolen oireyhtymä, keliakia, peräpukamat, sappikivet, sappikivitauti, munuaiskivet,
munuaiskivikohtaus, munuaisten vajaatoiminta, krooninen munuaistauti, virtsatieinfektio, virtsatietulehdus, virtsarakon tulehdus,
rakkotulehdus, munuaisaltaan tulehdus, dementia, muistisairaus, alzheimerin tauti, parkinsonin tauti, epilepsia, epileptinen kohtaus,
ms-tauti, multippeliskleroosi, als-tauti, aivokalvontulehdus, aivotulehdus, puutiaisaivokuume, välilevytyrä, iskias, neuropatia,
polyneuropatia, cp-vamma, masennus, vakava masennus, keskivaikea masennus, masennustila, masennusjakso, kaksisuuntainen mielialahäiriö,
skitsofrenia, psykoosi, psykoottinen, ahdistuneisuushäiriö, yleistynyt ahdistuneisuushäiriö, paniikkihäiriö, paniikkikohtaus,
pakko-oireinen häiriö, traumaperäinen stressihäiriö, ptsd, adhd, autismi, autismikirjon häiriö, aspergerin oireyhtymä, syömishäiriö,
anoreksia, laihuushäiriö, bulimia, ahmimishäiriö, epävakaa persoonallisuushäiriö, persoonallisuushäiriö, unettomuus, unihäiriö,
itsemurha-ajatukset, itsemurhayritys, itsetuhoisuus, itsetuhoinen, viiltely, itsensä vahingoittaminen, alkoholismi, alkoholiriippuvuus,
huumeriippuvuus, opioidiriippuvuus, päihderiippuvuus, yliannostus, vieroitusoireet, raskaana, raskaus, kohdunulkoinen raskaus,
riskiraskaus, keskenmeno, ennenaikainen synnytys, kohtukuolema, hedelmättömyys, endometrioosi, myooma, munasarjojen monirakkulaoireyhtymä,
pcos, vaihdevuodet, vaihdevuosioireet, erektiohäiriö, raskausmyrkytys, pre-eklampsia, klamydia, tippuri, kuppa, kuppatauti, sukuelinherpes,
hiv-infektio, hiv-positiivinen, sukupuolitauti, hpv-infektio, nivelrikko, nivelreuma, niveltulehdus, kihti, luukato, osteoporoosi,
fibromyalgia, lupus, jännetulehdus, lonkkamurtuma, reisiluun kaulan murtuma, rannemurtuma, nilkkamurtuma, avomurtuma, luunmurtuma,
aivotärähdys, ristisidevamma, eturistisidevamma, kierukkavamma, psoriaasi, ekseema, atooppinen ihottuma, vyöruusu, sepsis, verenmyrkytys,
tuhkarokko, vihurirokko, vesirokko, sikotauti, hinkuyskä, borrelioosi, korvatulehdus, välikorvatulehdus, poskiontelotulehdus,
nielurisatulehdus, angiina, silmätulehdus, sidekalvotulehdus, glaukooma, silmänpainetauti, harmaakaihi, kaihi, silmänpohjan ikärappeuma,
verkkokalvon irtauma, kuulovamma, kuulonalenema, kuurous, tinnitus, anemia, raudanpuuteanemia, sirppisoluanemia, verenvuototauti,
hemofilia, penisilliiniallergia, ruoka-aineallergia, pähkinäallergia, anafylaksia, anafylaktinen sokki, nokkosihottuma, turvotus,
keltatauti, hengenahdistus, rintakipu, krooninen kipu, pyörtyminen, downin oireyhtymä, kystinen fibroosi, halvaus, toispuolihalvaus,
selkäydinvamma, makuuhaava, painehaava, kuume, korkea kuume, ripuli, oksentelu, krooninen yskä, hengitysvajaus
`;

export const condition_inflected = `
diabeteksen, diabetesta, diabetekseen, diabeteksesta, diabeetikon, diabeetikkona, sokeritaudin, sokeritautia, verenpainetaudin,
verenpainetautia, verenpainetautiin, kohonneen verenpaineen, astman, astmaa, astmaan, astmaatikko, syövän, syöpää, syöpään, syövästä,
syöpänä, keuhkosyövän, keuhkosyöpään, rintasyövän, rintasyöpään, eturauhassyövän, sydämen vajaatoiminnan, sydämen vajaatoimintaa,
eteisvärinän, eteisvärinää, keuhkokuumeen, keuhkokuumetta, keuhkokuumeeseen, aivoinfarktin, aivoinfarktiin, sydäninfarktin, sydäninfarktiin,
aivohalvauksen, aivohalvaukseen, keuhkoahtaumataudin, keuhkoahtaumatautia, munuaisten vajaatoiminnan, epilepsian, epilepsiaa,
epilepsiaan, dementian, dementiaa, muistisairauden, muistisairautta, muistisairaaksi, alzheimerin taudin, alzheimerin tautiin,
parkinsonin taudin, parkinsonin tautia, skitsofrenian, skitsofreniaa, masennuksen, masennusta, masennukseen, masennuksesta,
kaksisuuntaisen mielialahäiriön, ahdistuneisuushäiriön, syömishäiriön, syömishäiriöstä, anoreksian, anoreksiaa, leukemian, leukemiaa,
leukemiaan, raskauden, raskauden aikana, raskausviikolla, uniapnean, uniapneaa, lihavuuden, kuumetta, kuumeen, kuumeinen lapsi,
hepatiitin, maksakirroosin, tuberkuloosin, tuberkuloosiin, psoriaasin, psoriaasia, nivelreuman, nivelreumaa, osteoporoosin, endometrioosin,
itsemurhayrityksen, alkoholiriippuvuuden, ms-taudin, ms-tautia
`;

export const clinical = `
diagnosoitiin, diagnosoitu, sai diagnoosin, epikriisi, lääkärinlausunto, lääkärintodistus, sairauslomatodistus, sairausloma, sairauslomalla,
lähete erikoissairaanhoitoon, lääkärin lähete, lähetteellä, e-resepti, sähköinen resepti, reseptilääke, potilaskertomus, sairauskertomus,
potilasasiakirjat, anamneesi, esitiedot ja status, kliininen tutkimus, erotusdiagnoosi, hoitosuunnitelma, lääkelista, terveyskeskus,
terveyskeskukseen, terveyskeskuksessa, terveysasema, psykiatrian poliklinikka, psykiatrian osasto, nuorisopsykiatria, nuorisopsykiatrian poliklinikka,
aikuispsykiatria, mielenterveystoimisto, syöpätautien poliklinikka, syöpätautien klinikka, onkologian poliklinikka, kardiologian poliklinikka,
ihotautien poliklinikka, naistentautien poliklinikka, sisätautien poliklinikka, sisätautien osasto, neurologian poliklinikka, kirurgian poliklinikka,
ortopedian poliklinikka, keuhkopoliklinikka, diabetespoliklinikka, päihdepoliklinikka, a-klinikka, äitiysneuvola, lastenneuvola, neuvola,
yhteispäivystys, päivystyspoliklinikka, teho-osasto, teho-osastolla, tehohoito, tehohoidossa, sairaalahoidossa, sairaalahoitoon,
otettiin sairaalaan, joutui sairaalaan, kotiutettiin sairaalasta, saattohoito, palliatiivinen hoito, verikoe, verikokeet, verikokeisiin,
virtsanäyte, virtsakoe, koepala, biopsia, histologinen tutkimus, sytologia, papa-koe, papakoe, solunsalpaajahoito, sytostaattihoito,
kemoterapia, sädehoito, immunoterapia, hormonihoito, dialyysi, dialyysihoito, hemodialyysi, kolonoskopia, paksusuolen tähystys, gastroskopia,
mahalaukun tähystys, bronkoskopia, mammografia, vatsan ultraääni, ultraäänitutkimus, sydämen ultraääni, sydänfilmi, tietokonetomografia,
magneettikuvaus, keuhkokuva, thoraxkuva, spirometria, lannepisto, munuaisensiirto, maksansiirto, luuydinsiirto, elinsiirto, verensiirto,
intuboitu, intuboitiin, hengityskonehoito, hengityskoneessa, yleisanestesia, nukutuksessa, paikallispuudutus, leikkauksen jälkeinen,
postoperatiivinen, preoperatiivinen, leikattiin sairaalassa, keisarinleikkaus, sektio, lonkkaproteesi, polviproteesi, tekonivel,
tahdistin, sydämentahdistin, sepelvaltimoiden varjoainekuvaus, pallolaajennus, ohitusleikkaus, lihavuusleikkaus, fysioterapia, psykoterapia,
kognitiivinen psykoterapia, influenssarokote, influenssarokotus, rokotettu, suonensisäisesti, suonensisäinen, ihonalainen, ihon alle
pistettävä, lihaksensisäisesti, annostus, annostusohje, vasta-aihe, haittavaikutus, haittavaikutukset, kasvainmerkkiaine,
insuliinipumppu, insuliinikynä, raskaustesti, ehkäisypillerit, e-pillerit, jälkiehkäisy, jälkiehkäisypilleri, raskaudenkeskeytys,
abortti, lääkärin vastaanotto, lääkärikäynti, kontrollikäynti
`;

export const lab = `
hba1c, sokerihemoglobiini, verensokeri, paastoverensokeri, paastosokeri, glukoosi, kolesteroli, kokonaiskolesteroli, ldl-kolesteroli,
hdl-kolesteroli, triglyseridit, kreatiniini, urea, egfr, hemoglobiini, hemoglobiinin, hematokriitti, leukosyytit, valkosolut, erytrosyytit,
trombosyytit, verihiutaleet, vapaa t4, virusmäärä, troponiini, ferritiini, d-vitamiini, maksa-arvot, bilirubiini, albumiini,
virtsahappo, lasko
`;

export const vital_bp = `verenpaine, verenpaineet, verenpaineeni, verenpaineen`;
export const vital_hr = `syke, sykkeeni, leposyke, pulssi, sydämen syke`;
export const vital_spo2 = `happisaturaatio, saturaatio, happikyllästeisyys`;
export const vital_temp = `ruumiinlämpö, kehon lämpö, kuumetta oli, kuume oli`;
export const vital_rr = `hengitystaajuus`;

export const suffix_condition = `
syopa:8, syovan:9, tulehdus:11, tulehduksen:13, tulehdusta:12
`;

export const suffix_clinical = `
ektomia:10
`;

export const stop = `anatomia, ekonomia, astronomia, gastronomia, autonomia, akatemia, sympatia, antipatia, empatia, telepatia, homeopatia`;

export const lab_unit = `kalium, natrium, kalsium, magnesium`;
