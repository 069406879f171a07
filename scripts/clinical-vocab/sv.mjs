// Swedish clinical vocabulary, written for this project from general medical knowledge (facts).
// Compound nouns are also caught by their clinical heads (suffix_condition / suffix_clinical).
// Left out on purpose: words that are everyday words in Swedish or in another language ("rygg", "hjärta", "mage",
// "ont", "akut" and "vård" alone, "stroke" (English too), "recept" (also a cooking recipe), "remiss" and "remissvar"
// (also a consultation on a bill), "kol" (coal; KOL is COPD), "als" and "add" (German and English words), "iva" (VAT in
// Italian), "mvc", "bvc", "bup", "px", "status", "saturation", "sänka" (also to lower), "missbruk" alone (also abuse of
// power), "abort" (English too), "provtagning", "arbetsprov" (also a work sample), "rehabilitering" (also a building renovation), "migrän"
// (Spanish and Portuguese "migran", they migrate), "aborten" (German toilets), "bt", "sle", "urea" (a lab_unit already)), and professions alone
// ("läkare", "sjuksköterska", "psykolog").
export const lang = 'sv';

export const condition = `
cancer, bröstcancer, lungcancer, prostatacancer, tjocktarmscancer, kolorektal cancer, ändtarmscancer, livmoderhalscancer, äggstockscancer,
bukspottkörtelcancer, hudcancer, magsäckscancer, urinblåsecancer, njurcancer, levercancer, sköldkörtelcancer, hjärntumör, elakartad tumör,
godartad tumör, malign tumör, metastaser, spridd cancer, leukemi, lymfom, malignt melanom, melanom, misstänkt melanom, basalcellscancer,
skivepitelcancer, sarkom, myelom, diabetes typ 1, diabetes typ 2, typ 1-diabetes, typ 2-diabetes, graviditetsdiabetes, diabetiker,
hypoglykemi, hyperglykemi, insulinkänning, hypotyreos, hypertyreos, underfunktion i sköldkörteln, överfunktion i sköldkörteln, giftstruma,
struma, hashimotos sjukdom, graves sjukdom, höga blodfetter, högt kolesterol, hyperkolesterolemi, fetma, övervikt med fetma,
binjurebarksvikt, högt blodtryck, hypertoni, lågt blodtryck, hypotoni, hjärtinfarkt, hjärtattack, hjärtsvikt, förmaksflimmer,
hjärtrytmrubbning, kärlkramp, angina pectoris, kranskärlssjukdom, hjärtsjukdom, blodpropp, blodpropp i lungan, lungemboli, djup ventrombos,
trombos, hjärninfarkt, hjärnblödning, slaganfall, aortaaneurysm, åderbråck, lunginflammation, pneumoni, bronkit, astma,
kroniskt obstruktiv lungsjukdom, emfysem, lungfibros, tuberkulos, influensa, sömnapné, hepatit, levercirros, fettlever, leversvikt,
bukspottkörtelinflammation, pankreatit, blindtarmsinflammation, appendicit, divertikulit, magkatarr, gastrit, magsår, magsårssjukdom,
sura uppstötningar, refluxsjukdom, crohns sjukdom, ulcerös kolit, irritabel tarm, celiaki, glutenintolerans, hemorrojder, gallsten, njursten,
njursvikt, kronisk njursjukdom, urinvägsinfektion, njurbäckeninflammation, demens, alzheimers sjukdom, parkinsons sjukdom, epilepsi,
epileptiskt anfall, multipel skleros, ms-skov, hjärnhinneinflammation, meningit, encefalit, diskbråck, ischias, polyneuropati,
cp-skada, depression, egentlig depression, depressiv episod, utmattningssyndrom, utbrändhet, bipolär sjukdom, bipolärt syndrom, schizofreni,
psykos, psykotisk, ångestsyndrom, generaliserat ångestsyndrom, panikångest, panikattack, tvångssyndrom, ocd, posttraumatiskt stressyndrom,
ptsd, adhd, autism, autismspektrumtillstånd, aspergers syndrom, ätstörning, ätstörningar, anorexi, anorexia nervosa, bulimi,
hetsätningsstörning, emotionellt instabil personlighetsstörning, personlighetsstörning, sömnstörning, sömnsvårigheter, självmordstankar,
självmordsförsök, suicidförsök, suicidtankar, självskadebeteende, självskada, alkoholberoende, alkoholmissbruk, drogmissbruk,
narkotikamissbruk, opioidberoende, beroendesjukdom, överdos, abstinens, gravid, graviditet, missfall, utomkvedshavandeskap, förtidsbörd,
för tidig födsel, dödfödsel, infertilitet, ofrivillig barnlöshet, endometrios, myom, pcos, polycystiskt ovariesyndrom, klimakteriebesvär,
klimakteriet, erektil dysfunktion, havandeskapsförgiftning, preeklampsi, klamydia, gonorré, syfilis, herpes, könsherpes, hiv-infektion,
hiv-positiv, könssjukdom, sexuellt överförbar infektion, hpv-infektion, artros, reumatoid artrit, ledgångsreumatism, reumatism, artrit, gikt,
benskörhet, osteoporos, fibromyalgi, senskideinflammation, höftfraktur, lårbenshalsfraktur, handledsfraktur, fotledsfraktur,
öppen fraktur, benbrott, hjärnskakning, korsbandsskada, meniskskada, psoriasis, eksem, atopiskt eksem, bältros, sepsis, blodförgiftning,
mässling, röda hund, vattkoppor, påssjuka, kikhosta, borrelia, fästingburen encefalit, öroninflammation, bihåleinflammation, halsfluss,
tonsillit, ögoninflammation, konjunktivit, grön starr, glaukom, grå starr, katarakt, makuladegeneration, näthinneavlossning,
hörselnedsättning, dövhet, tinnitus, blodbrist, anemi, järnbristanemi, sicklecellanemi, blödarsjuka, hemofili, penicillinallergi,
allergi mot penicillin, födoämnesallergi, nötallergi, anafylaxi, anafylaktisk chock, nässelutslag, ödem, gulsot, andnöd, dyspné, bröstsmärta,
bröstsmärtor, hjärtklappning, svimning, svimmade, kronisk smärta, downs syndrom, cystisk fibros, förlamning, halvsidesförlamning,
ryggmärgsskada, trycksår, feber, diarré, kräkningar, illamående, förkylning, halsont, huvudvärk
`;

export const clinical = `
diagnostiserad med, diagnostiserades med, epikris, journalanteckning, patientjournal, anamnes, somatiskt status, differentialdiagnos,
behandlingsplan, läkemedelslista, läkemedelsgenomgång, vårdcentral, vårdcentralen, hälsocentral, psykiatrisk mottagning,
psykiatriska mottagningen, barn- och ungdomspsykiatrin, vuxenpsykiatrin, onkologisk mottagning, onkologen, hudmottagning, hudmottagningen,
kardiologisk mottagning, medicinmottagning, ortopedmottagning, gynekologisk mottagning, kvinnoklinik, kvinnokliniken, mödravårdscentral,
barnavårdscentral, ungdomsmottagning, ungdomsmottagningen, beroendemottagning, beroendemottagningen, minnesmottagning, diabetesmottagning,
akutmottagning, akutmottagningen, intensivvårdsavdelning, inlagd på sjukhus, inlagd på avdelning, inskriven på sjukhus, sjukhusvistelse,
utskriven från sjukhus, dagkirurgi, palliativ vård, hospice, blodprov, urinprov, biopsi, vävnadsprov, histologi, patologi,
cytologi, cellprov, cellprovtagning, kemoterapi, cytostatika, cytostatikabehandling, strålbehandling, immunterapi, hormonbehandling, dialys,
koloskopi, gastroskopi, endoskopi, bronkoskopi, mammografi, ultraljud av buken, ultraljudsundersökning, lungröntgen, datortomografi,
magnetkameraundersökning, magnetröntgen, mr-undersökning, hjärtultraljud, ekg, spirometri, lumbalpunktion, ryggmärgsprov,
benmärgsprov, njurtransplantation, levertransplantation, benmärgstransplantation, blodtransfusion, intuberad, respiratorvård, narkos,
generell anestesi, lokalbedövning, postoperativ, preoperativ, opererad för, kejsarsnitt, höftprotes, knäprotes, pacemaker, ballongvidgning,
kranskärlsröntgen, bypassoperation, överviktsoperation, gastric bypass, fysioterapi, sjukgymnastik, psykoterapi,
kbt-behandling, vaccination, vaccinerad, influensavaccin, dosering, kontraindikation, biverkning, biverkningar, intravenöst, subkutant,
intramuskulärt, tumörmarkör, insulinpump, sjukskrivning, sjukskriven, sjukintyg, läkarintyg, graviditetstest, p-piller, akut-p-piller,
preventivmedel, medicinsk abort
`;

export const lab = `
hba1c, blodsocker, fasteglukos, fasteblodsocker, p-glukos, glukos, kolesterol, totalkolesterol, ldl-kolesterol, hdl-kolesterol,
triglycerider, kreatinin, egfr, hemoglobin, hb-värde, hematokrit, leukocyter, vita blodkroppar, trombocyter, fritt t4, virusmängd,
troponin, ferritin, d-vitamin, vitamin d, levervärden, alat, asat, bilirubin, albumin, urat, urinsyra
`;

export const vital_bp = `blodtryck, blodtrycket`;
export const vital_hr = `puls, pulsen, hjärtfrekvens`;
export const vital_spo2 = `
syremättnad
`;
export const vital_temp = `kroppstemperatur, temp, feber på`;
export const vital_rr = `andningsfrekvens`;

export const suffix_condition = `
inflammation:14, inflammationer:15
`;
export const suffix_clinical = `
ektomi:9
`;

export const stop = `anatomi, ekonomi, astronomi, gastronomi, autonomi, taxonomi, dikotomi, akademi, sympati, antipati, empati, telepati, homeopati, mikroskopi, teleskopi`;

export const lab_unit = `kalium, natrium, kalcium, magnesium`;
