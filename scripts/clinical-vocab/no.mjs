// Norwegian (Bokmål) clinical vocabulary, written for this project from general medical knowledge (facts).
// Compound nouns are also caught by their clinical heads (suffix_condition / suffix_clinical).
// Left out on purpose: words that are everyday words in Norwegian or in another language ("rygg", "hjerte", "mage",
// "angst" alone (German too), "brudd" alone (also a breach), "kols" (Swedish genitive of coal), "abort" (English too),
// "resept" alone, "henvisning til", "journal", "misbruk" alone, "senkning", "stroke" (English too), "dps", "bup",
// "føling" (also a sense of touch), "metning" (also market saturation), "rehabilitering" (also a building renovation)),
// and professions alone ("lege", "fastlege", "sykepleier").
export const lang = 'no';

export const condition = `
kreft, brystkreft, lungekreft, prostatakreft, tarmkreft, tykktarmskreft, endetarmskreft, livmorhalskreft, eggstokkreft, bukspyttkjertelkreft,
hudkreft, magekreft, blærekreft, nyrekreft, leverkreft, hjernesvulst, ondartet svulst, godartet svulst, kreftsvulst, metastaser, spredning av kreften,
leukemi, lymfekreft, lymfom, føflekkreft, melanom, malignt melanom, basalcellekreft, sarkom, myelomatose, diabetes type 1, diabetes type 2,
type 2-diabetes, type 1-diabetes, sukkersyke, svangerskapsdiabetes, diabetiker, lavt blodsukker, hypoglykemi, hyperglykemi,
lavt stoffskifte, høyt stoffskifte, hypotyreose, hypertyreose, stoffskiftesykdom, struma, hashimotos sykdom, graves sykdom, høyt kolesterol,
hyperkolesterolemi, fedme, sykelig overvekt, høyt blodtrykk, hypertensjon, lavt blodtrykk, hjerteinfarkt, hjerteanfall, hjertesvikt, hjertestans,
atrieflimmer, hjerterytmeforstyrrelser, angina pectoris, koronarsykdom, hjertesykdom, blodpropp, blodpropp i lungene, lungeemboli, dyp venetrombose,
blodpropp i hjernen, hjerneslag, hjerneblødning, aortaaneurisme, åreknuter, lungebetennelse, pneumoni, bronkitt, astma,
kronisk obstruktiv lungesykdom, emfysem, lungefibrose, tuberkulose, influensa, søvnapné, leverbetennelse, hepatitt, skrumplever, levercirrhose,
fettlever, bukspyttkjertelbetennelse, pankreatitt, blindtarmbetennelse, divertikulitt, magekatarr, gastritt, magesår, sure oppstøt, refluks,
crohns sykdom, ulcerøs kolitt, irritabel tarm, cøliaki, hemoroider, gallestein, nyrestein, nyresvikt, kronisk nyresykdom, urinveisinfeksjon,
blærebetennelse, nyrebekkenbetennelse, demens, alzheimers sykdom, parkinsons sykdom, epilepsi, epileptisk anfall, multippel sklerose, migrene,
hjernehinnebetennelse, meningitt, prolaps i ryggen, skiveprolaps, isjias, polynevropati, cerebral parese, depresjon, alvorlig depresjon,
depressiv episode, bipolar lidelse, schizofreni, psykose, angstlidelse, generalisert angstlidelse, panikkangst, panikkanfall, tvangslidelse, ocd,
ptsd, posttraumatisk stresslidelse, adhd, autisme, autismespekterforstyrrelse, aspergers syndrom, spiseforstyrrelse, spiseforstyrrelser, anoreksi,
anorexia nervosa, bulimi, overspisingslidelse, emosjonelt ustabil personlighetsforstyrrelse, personlighetsforstyrrelse, søvnforstyrrelser,
søvnløshet, selvmordstanker, selvmordsforsøk, selvskading, alkoholisme, alkoholavhengighet, alkoholmisbruk, rusmisbruk, rusavhengighet,
narkotikamisbruk, opioidavhengighet, overdose, abstinenser, gravid, graviditet, svangerskap, spontanabort, spontan abort, svangerskap utenfor
livmoren, for tidlig fødsel, dødfødsel, ufrivillig barnløshet, infertilitet, endometriose, myomer, pcos, polycystisk ovariesyndrom,
overgangsalderen, ereksjonsproblemer, erektil dysfunksjon, svangerskapsforgiftning, preeklampsi, klamydia, gonoré, syfilis, herpes, kjønnsherpes,
hiv-smittet, hiv-positiv, kjønnssykdom, kjønnssykdommer, seksuelt overførbare infeksjoner, leddgikt, revmatoid artritt, revmatisme, artrose,
slitasjegikt, urinsyregikt, benskjørhet, osteoporose, fibromyalgi, lårhalsbrudd, hoftebrudd, håndleddsbrudd, ankelbrudd, benbrudd, beinbrudd,
hjernerystelse, korsbåndskade, menisskade, psoriasis, eksem, atopisk eksem, helvetesild, sepsis, blodforgiftning, meslinger, røde hunder,
vannkopper, kusma, kikhoste, borreliose, flåttbåren encefalitt, ørebetennelse, mellomørebetennelse, bihulebetennelse, halsbetennelse,
øyebetennelse, grønn stær, glaukom, grå stær, katarakt, netthinneløsning, aldersrelatert makuladegenerasjon, hørselstap, tinnitus, blodmangel,
anemi, jernmangelanemi, sigdcelleanemi, blødersykdom, hemofili, penicillinallergi, allergi mot penicillin, matallergi, nøtteallergi,
anafylaktisk sjokk, anafylaksi, elveblest, ødem, gulsott, andpustenhet, dyspné, brystsmerter, hjertebank, besvimelse, kroniske smerter,
downs syndrom, cystisk fibrose, lammelse, halvsidig lammelse, ryggmargsskade, trykksår, feber, diaré, oppkast, kvalme
`;

export const clinical = `
diagnostisert med, fikk diagnosen, epikrise, pasientjournal, journalnotat, anamnese, klinisk undersøkelse, differensialdiagnose, behandlingsplan,
legemiddelliste, legemiddelgjennomgang, legekontor, legekontoret, legevakt, legevakten, akuttmottak, akuttmottaket, psykiatrisk poliklinikk,
psykiatrisk akuttmottak, psykiatrisk avdeling, distriktspsykiatrisk senter, barne- og ungdomspsykiatrisk poliklinikk, onkologisk avdeling,
onkologisk poliklinikk, kreftavdeling, kreftavdelingen, hudpoliklinikk, hjerteavdeling, hjertepoliklinikk, gynekologisk poliklinikk, fødeavdeling,
fødeavdelingen, svangerskapskontroll, helsestasjon, helsestasjonen, rusbehandling, intensivavdeling, intensivavdelingen, innlagt på sykehus,
innlagt på sykehuset, utskrevet fra sykehuset, sykehusinnleggelse, palliativ behandling, hospice, blodprøve, blodprøver, urinprøve, biopsi,
vevsprøve, celleprøve, histologi, patologi, cellegift, cellegiftbehandling, kjemoterapi, strålebehandling, immunterapi, hormonbehandling, dialyse,
koloskopi, gastroskopi, endoskopi, bronkoskopi, mammografi, ultralydundersøkelse, ct-undersøkelse, mr-undersøkelse, røntgen av lungene,
hjerteultralyd, ekg, arbeids-ekg, spirometri, spinalpunksjon, lumbalpunksjon, beinmargsprøve, nyretransplantasjon, levertransplantasjon,
beinmargstransplantasjon, blodoverføring, intubert, respiratorbehandling, narkose, full narkose, lokalbedøvelse, postoperativ, preoperativ,
operert for, keisersnitt, hofteprotese, kneprotese, pacemaker, utblokking, bypassoperasjon, fedmeoperasjon, gastric bypass,
fysioterapi, psykoterapi, vaksinasjon, vaksinert, influensavaksine, dosering, kontraindikasjon, bivirkning, bivirkninger,
intravenøst, subkutant, intramuskulært, tumormarkør, insulinpumpe, sykmelding, sykemelding, sykmeldt, sykemeldt, legeerklæring, graviditetstest,
p-piller, angrepille, prevensjon
`;

export const lab = `
hba1c, blodsukker, langtidsblodsukker, fastende blodsukker, glukose, kolesterol, totalkolesterol, ldl-kolesterol, hdl-kolesterol, triglyserider,
kreatinin, egfr, karbamid, hemoglobin, blodprosent, hematokritt, leukocytter, trombocytter, fritt t4, virusmengde, troponin, ferritin, d-vitamin,
leverprøver, alat, basisk fosfatase, bilirubin, albumin, urinsyre
`;

export const vital_bp = `blodtrykk, blodtrykket`;
export const vital_hr = `puls, pulsen, hjertefrekvens`;
export const vital_spo2 = `oksygenmetning, oksygenmetning på`;
export const vital_temp = `kroppstemperatur, temp, feber på`;
export const vital_rr = `respirasjonsfrekvens`;

export const suffix_condition = `
betennelse:13, betennelser:14, kreft:9
`;
export const suffix_clinical = `
ektomi:9
`;

export const stop = `anatomi, økonomi, astronomi, gastronomi, autonomi, taksonomi, dikotomi, akademi, sympati, antipati, empati, telepati, homeopati, mikroskopi`;

export const lab_unit = `kalium, natrium, kalsium, magnesium`;
