// Danish clinical vocabulary, written for this project from general medical knowledge (facts).
// Compound nouns are also caught by their clinical heads (suffix_condition / suffix_clinical).
// Left out on purpose: words that are everyday words in Danish or in another language ("ryg", "hjerte", "mave",
// "angst" alone (German too), "brud" (also a bride), "kol" (coal in Swedish), "abort" (English too), "recept" (also a
// recipe), "henvisning til" (also "with reference to"), "journal", "misbrug" alone, "sænkning" (also a lowering),
// "stroke" (English too), "arbejdstest", "saturation"), and professions alone ("læge", "egen læge", "sygeplejerske").
export const lang = 'da';

export const condition = `
kræft, brystkræft, lungekræft, prostatakræft, tarmkræft, tyktarmskræft, endetarmskræft, livmoderhalskræft, æggestokkræft, bugspytkirtelkræft,
hudkræft, mavekræft, blærekræft, nyrekræft, leverkræft, hjernesvulst, ondartet svulst, godartet svulst, kræftsvulst, metastaser, spredning af kræften,
leukæmi, lymfekræft, lymfom, modermærkekræft, melanom, malignt melanom, basalcellekræft, sarkom, myelomatose, diabetes type 1, diabetes type 2,
type 2-diabetes, type 1-diabetes, sukkersyge, gestationel diabetes, graviditetsdiabetes, diabetiker, lavt blodsukker, hypoglykæmi, hyperglykæmi,
lavt stofskifte, højt stofskifte, for lavt stofskifte, for højt stofskifte, hypothyreose, hyperthyreose, stofskiftesygdom, struma, hashimotos sygdom,
graves sygdom, forhøjet kolesterol, højt kolesterol, hyperkolesterolæmi, fedme, svær overvægt, forhøjet blodtryk, højt blodtryk, hypertension,
lavt blodtryk, blodprop i hjertet, hjerteanfald, akut myokardieinfarkt, hjertesvigt, hjertestop, atrieflimren, hjerterytmeforstyrrelser,
hjertekrampe, angina pectoris, iskæmisk hjertesygdom, hjertesygdom, blodprop, blodprop i lungen, lungeemboli, dyb venetrombose, blodprop i hjernen,
hjerneblødning, apopleksi, aortaaneurisme, åreknuder, lungebetændelse, pneumoni, bronkitis, astma, kronisk obstruktiv lungesygdom, emfysem,
lungefibrose, tuberkulose, influenza, søvnapnø, leverbetændelse, hepatitis, skrumpelever, levercirrose, fedtlever, bugspytkirtelbetændelse,
pankreatitis, blindtarmsbetændelse, divertikulitis, mavekatar, gastritis, mavesår, sur opstød, refluks, crohns sygdom, colitis ulcerosa,
irritabel tyktarm, cøliaki, glutenallergi, hæmorider, galdesten, nyresten, nyresvigt, kronisk nyresygdom, urinvejsinfektion, blærebetændelse,
nyrebækkenbetændelse, demens, alzheimers sygdom, parkinsons sygdom, epilepsi, epileptisk anfald, sklerose, multipel sklerose, migræne,
hjernehindebetændelse, meningitis, diskusprolaps, iskias, polyneuropati, cerebral parese, depression, svær depression, depressiv episode,
stress-sygemeldt, bipolar lidelse, maniodepressiv, skizofreni, psykose, angstlidelse, generaliseret angst, panikangst, panikanfald, ocd,
tvangstanker, ptsd, posttraumatisk stresslidelse, adhd, autisme, autismespektrumforstyrrelse, aspergers syndrom, spiseforstyrrelse,
spiseforstyrrelser, anoreksi, anorexia nervosa, bulimi, tvangsoverspisning, borderline personlighedsforstyrrelse, personlighedsforstyrrelse,
søvnforstyrrelser, søvnløshed, selvmordstanker, selvmordsforsøg, selvskade, selvskadende adfærd, alkoholisme, alkoholafhængighed, alkoholmisbrug,
stofmisbrug, narkotikamisbrug, opioidafhængighed, overdosis, abstinenser, gravid, graviditet, spontan abort, ufrivillig abort, graviditet uden for
livmoderen, for tidlig fødsel, dødfødsel, ufrivillig barnløshed, infertilitet, endometriose, fibromer, pcos, polycystisk ovariesyndrom,
overgangsalderen, rejsningsproblemer, erektil dysfunktion, svangerskabsforgiftning, præeklampsi, klamydia, gonoré, syfilis, herpes, kønsherpes,
hiv-smittet, hiv-positiv, kønssygdom, kønssygdomme, seksuelt overførte infektioner, leddegigt, gigt, slidgigt, artrose, urinsyregigt, knogleskørhed,
osteoporose, fibromyalgi, lårbenshalsbrud, hoftebrud, håndledsbrud, ankelbrud, knoglebrud, hjernerystelse, korsbåndsskade, meniskskade, psoriasis,
eksem, atopisk eksem, børneeksem, helvedesild, sepsis, blodforgiftning, mæslinger, røde hunde, skoldkopper, fåresyge, kighoste, borreliose,
mellemørebetændelse, bihulebetændelse, halsbetændelse, øjenbetændelse, grøn stær, glaukom, grå stær, katarakt, nethindeløsning,
aldersrelateret makuladegeneration, høretab, tinnitus, blodmangel, anæmi, jernmangelanæmi, seglcelleanæmi, blødersygdom, hæmofili,
penicillinallergi, allergi over for penicillin, fødevareallergi, nøddeallergi, anafylaktisk shock, anafylaksi, nældefeber, ødem, gulsot, åndenød,
dyspnø, brystsmerter, hjertebanken, besvimelse, kroniske smerter, downs syndrom, cystisk fibrose, lammelse, halvsidig lammelse, rygmarvsskade,
tryksår, feber, diarré, opkastning, kvalme
`;

export const clinical = `
diagnosticeret med, fik diagnosen, epikrise, patientjournal, journalnotat, anamnese, objektiv undersøgelse, differentialdiagnose, behandlingsplan,
medicinliste, medicingennemgang, lægehuset, lægepraksis, lægevagten, skadestue, skadestuen, akutmodtagelse, akutmodtagelsen, psykiatrisk skadestue,
psykiatrisk ambulatorium, psykiatrisk afdeling, distriktspsykiatri, distriktspsykiatrien, børne- og ungdomspsykiatri, onkologisk afdeling,
onkologisk ambulatorium, kræftafdeling, hudafdeling, kardiologisk ambulatorium, hjerteafdeling, gynækologisk afdeling, fødeafdeling, fødeafdelingen,
jordemoderkonsultation, misbrugscenter, alkoholbehandling, intensivafdeling, intensiv afdeling, indlagt på hospitalet, indlagt på sygehuset,
udskrevet fra hospitalet, indlæggelse, palliativ behandling, hospice, blodprøve, blodprøver, urinprøve, biopsi, vævsprøve, celleprøve, histologi,
patologi, kemoterapi, kemobehandling, strålebehandling, immunterapi, hormonbehandling, dialyse, koloskopi, kikkertundersøgelse, gastroskopi,
endoskopi, bronkoskopi, mammografi, ultralydsscanning, ct-scanning, mr-scanning, røntgenbillede af lungerne, hjertescanning, ekg,
spirometri, lumbalpunktur, rygmarvsprøve, knoglemarvsundersøgelse, nyretransplantation, levertransplantation, knoglemarvstransplantation,
blodtransfusion, intuberet, respiratorbehandling, fuld narkose, narkose, lokalbedøvelse, postoperativ, præoperativ, opereret for, kejsersnit,
hofteprotese, knæprotese, pacemaker, ballonudvidelse, bypassoperation, fedmeoperation, gastric bypass, genoptræning, fysioterapi, psykoterapi,
vaccination, vaccineret, influenzavaccine, dosering, kontraindikation, bivirkning, bivirkninger, intravenøst, subkutant, intramuskulært,
tumormarkør, insulinpumpe, sygemelding, sygemeldt, lægeerklæring, graviditetstest, p-piller, fortrydelsespille, prævention
`;

export const lab = `
hba1c, blodsukker, langtidsblodsukker, faste-blodsukker, glukose, kolesterol, total-kolesterol, ldl-kolesterol, hdl-kolesterol, triglycerider,
kreatinin, egfr, karbamid, hæmoglobin, blodprocent, hæmatokrit, leukocytter, trombocytter, frit t4, virusmængde, troponin, ferritin, d-vitamin,
levertal, alat, basisk fosfatase, bilirubin, albumin, urinsyre
`;

export const vital_bp = `blodtryk, blodtrykket`;
export const vital_hr = `puls, pulsen, hjertefrekvens`;
export const vital_spo2 = `iltmætning, iltmætning på`;
export const vital_temp = `kropstemperatur, temp, feber på`;
export const vital_rr = `respirationsfrekvens`;

export const suffix_condition = `
betændelse:14, betændelser:15, kræft:10
`;
export const suffix_clinical = `
ektomi:9
`;

export const stop = `anatomi, økonomi, astronomi, gastronomi, autonomi, taksonomi, dikotomi, akademi, sympati, antipati, empati, telepati, homøopati, mikroskopi`;

export const lab_unit = `kalium, natrium, calcium, magnesium`;
