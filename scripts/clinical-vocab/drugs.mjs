// Drug names. Generic names are International Nonproprietary Names (INN) in their English form;
// the generator derives the usual German/French/Spanish/Italian spellings (metformin -> metformine,
// metformina). Brand names are trademarks used here only as words to recognise. All written for this
// project from general pharmacological knowledge; the INN stems follow WHO's published stem list
// ("The use of stems in the selection of INN"), which states facts about naming.

// Generic names (count with a dose or a clinical cue).
export const generic = `
clavulanate, clavulanic acid, clavulanico, clavulanique, acide clavulanique, clavulansäure, tazobactam, sulbactam, avibactam, amoxicilina clavulanico, amoxicilline acide clavulanique, piperacillin tazobactam, torasemide, torsemid,
antibiotics, antibiotic, antibiotika, antibiotikum, antibiotique, antibiotiques, antibiótico, antibióticos, antibiotico, antibiotici, antidepressants,
antidepressant, antidepressiva, antidépresseurs, antidepresivos, antidepressivi, antipsychotics, neuroleptika, blood thinners, blood thinner,
blutverdünner, anticoagulants, anticoagulant, antikoagulanzien, anticoagulants oraux, anticoagulantes, statins, beta blockers, beta-blockers,
betablocker, bêtabloquants, betabloqueantes, ace inhibitors, ace-hemmer, diuretics, diuretika, opioids, opioid, opioide, opiacés, opioides,
benzodiazepines, benzodiazepine, benzos, corticosteroids, kortikosteroide, corticoïdes, corticoides, immunosuppressants, immunsuppressiva,
chemotherapy drugs, antiepileptics, antiepileptika, antiepileptic, anticonvulsants, antihypertensives, antihypertensiva, antihistamines, painkillers,
schmerzmittel, antalgiques, analgésicos, analgesici, insulina, insuline, metformin, glipizide, glimepiride, glyburide, glibenclamide, gliclazide,
pioglitazone, sitagliptin, saxagliptin, linagliptin, alogliptin, vildagliptin, empagliflozin, dapagliflozin, canagliflozin, ertugliflozin,
semaglutide, liraglutide, dulaglutide, exenatide, tirzepatide, acarbose, repaglinide, insulin glargine, insulin detemir, insulin degludec, insulin
lispro, insulin aspart, insulin glulisine, nph insulin, regular insulin, insulin, lisinopril, enalapril, ramipril, captopril, perindopril, quinapril,
benazepril, fosinopril, trandolapril, losartan, valsartan, irbesartan, candesartan, olmesartan, telmisartan, azilsartan, eprosartan, sacubitril,
amlodipine, nifedipine, felodipine, lercanidipine, nicardipine, diltiazem, verapamil, metoprolol, atenolol, bisoprolol, carvedilol, propranolol,
nebivolol, labetalol, nadolol, sotalol, esmolol, hydrochlorothiazide, chlorthalidone, indapamide, furosemide, torsemide, bumetanide, spironolactone,
eplerenone, amiloride, triamterene, clonidine, hydralazine, minoxidil, doxazosin, prazosin, terazosin, tamsulosin, alfuzosin, silodosin, finasteride,
dutasteride, atorvastatin, simvastatin, rosuvastatin, pravastatin, lovastatin, fluvastatin, pitavastatin, ezetimibe, fenofibrate, gemfibrozil,
evolocumab, alirocumab, inclisiran, bempedoic acid, icosapent ethyl, niacin, warfarin, acenocoumarol, acenocumarol, phenprocoumon, apixaban, rivaroxaban, edoxaban, dabigatran, heparin,
enoxaparin, dalteparin, fondaparinux, clopidogrel, prasugrel, ticagrelor, dipyridamole, cilostazol, digoxin, amiodarone, dronedarone, flecainide,
propafenone, ivabradine, ranolazine, nitroglycerin, isosorbide mononitrate, isosorbide dinitrate, levothyroxine, liothyronine, methimazole,
thiamazole, carbimazole, propylthiouracil, omeprazole, esomeprazole, pantoprazole, lansoprazole, rabeprazole, dexlansoprazole, famotidine, ranitidine,
cimetidine, sucralfate, misoprostol, ondansetron, granisetron, metoclopramide, domperidone, prochlorperazine, promethazine, loperamide, mesalamine,
mesalazine, sulfasalazine, budesonide, lactulose, linaclotide, ursodiol, ursodeoxycholic acid, sertraline, fluoxetine, paroxetine, citalopram,
escitalopram, fluvoxamine, venlafaxine, desvenlafaxine, duloxetine, bupropion, mirtazapine, trazodone, vortioxetine, vilazodone, amitriptyline,
nortriptyline, imipramine, clomipramine, doxepin, phenelzine, tranylcypromine, esketamine, quetiapine, olanzapine, risperidone, aripiprazole,
brexpiprazole, cariprazine, ziprasidone, lurasidone, paliperidone, clozapine, haloperidol, chlorpromazine, fluphenazine, perphenazine, lamotrigine,
valproate, valproic acid, divalproex, carbamazepine, oxcarbazepine, levetiracetam, topiramate, zonisamide, lacosamide, phenytoin, phenobarbital,
gabapentin, pregabalin, ethosuximide, clobazam, brivaracetam, cenobamate, alprazolam, lorazepam, clonazepam, diazepam, temazepam, midazolam, oxazepam,
chlordiazepoxide, buspirone, hydroxyzine, zolpidem, zopiclone, eszopiclone, suvorexant, ramelteon, methylphenidate, dexmethylphenidate, amphetamine,
dextroamphetamine, lisdexamfetamine, atomoxetine, guanfacine, modafinil, armodafinil, donepezil, rivastigmine, galantamine, memantine, levodopa,
carbidopa, pramipexole, ropinirole, rasagiline, selegiline, entacapone, amantadine, baclofen, tizanidine, cyclobenzaprine, methocarbamol, sumatriptan,
rizatriptan, zolmitriptan, eletriptan, erenumab, fremanezumab, galcanezumab, ubrogepant, rimegepant, naltrexone, acamprosate, disulfiram, varenicline,
buprenorphine, methadone, naloxone, oxycodone, hydrocodone, hydromorphone, morphine, codeine, tramadol, tapentadol, fentanyl, oxymorphone, ibuprofen,
naproxen, diclofenac, celecoxib, meloxicam, indomethacin, ketorolac, etoricoxib, acetaminophen, paracetamol, metamizole, prednisone, prednisolone,
methylprednisolone, dexamethasone, hydrocortisone, fludrocortisone, triamcinolone, betamethasone, clobetasol, methotrexate, hydroxychloroquine,
leflunomide, azathioprine, mycophenolate, cyclosporine, ciclosporin, tacrolimus, sirolimus, everolimus, adalimumab, infliximab, etanercept,
certolizumab, golimumab, tocilizumab, sarilumab, abatacept, rituximab, secukinumab, ixekizumab, ustekinumab, guselkumab, risankizumab, vedolizumab,
dupilumab, omalizumab, mepolizumab, benralizumab, tofacitinib, baricitinib, upadacitinib, apremilast, allopurinol, febuxostat, colchicine, probenecid,
alendronate, risedronate, ibandronate, zoledronic acid, denosumab, teriparatide, raloxifene, calcitriol, amoxicillin, amoxicillin clavulanate,
ampicillin, penicillin, penicillin v, benzylpenicillin, dicloxacillin, flucloxacillin, piperacillin, cephalexin, cefalexin, cefuroxime, ceftriaxone,
cefazolin, cefdinir, cefepime, ceftazidime, cefixime, azithromycin, clarithromycin, erythromycin, doxycycline, minocycline, tetracycline,
ciprofloxacin, levofloxacin, moxifloxacin, ofloxacin, nitrofurantoin, fosfomycin, trimethoprim, sulfamethoxazole, co-trimoxazole, metronidazole,
clindamycin, vancomycin, linezolid, daptomycin, gentamicin, tobramycin, amikacin, meropenem, imipenem, ertapenem, aztreonam, colistin, rifampin,
rifampicin, isoniazid, pyrazinamide, ethambutol, fluconazole, itraconazole, voriconazole, posaconazole, terbinafine, nystatin, clotrimazole,
miconazole, amphotericin, acyclovir, aciclovir, valacyclovir, valaciclovir, famciclovir, ganciclovir, valganciclovir, oseltamivir, zanamivir,
baloxavir, remdesivir, nirmatrelvir, molnupiravir, tenofovir, emtricitabine, efavirenz, dolutegravir, bictegravir, raltegravir, abacavir, lamivudine,
zidovudine, rilpivirine, darunavir, atazanavir, lopinavir, ritonavir, cabotegravir, sofosbuvir, ledipasvir, velpatasvir, glecaprevir, entecavir,
ivermectin, albendazole, mebendazole, praziquantel, chloroquine, artemether, lumefantrine, atovaquone, proguanil, mefloquine, primaquine, albuterol,
salbutamol, levalbuterol, salmeterol, formoterol, vilanterol, indacaterol, olodaterol, tiotropium, umeclidinium, ipratropium, glycopyrronium,
fluticasone, beclomethasone, mometasone, ciclesonide, montelukast, zafirlukast, theophylline, roflumilast, cetirizine, levocetirizine, loratadine,
desloratadine, fexofenadine, diphenhydramine, chlorphenamine, epinephrine, adrenaline, tamoxifen, anastrozole, letrozole, exemestane, fulvestrant,
trastuzumab, pertuzumab, bevacizumab, cetuximab, panitumumab, pembrolizumab, nivolumab, atezolizumab, durvalumab, ipilimumab, imatinib, dasatinib,
nilotinib, erlotinib, gefitinib, osimertinib, afatinib, lapatinib, sunitinib, sorafenib, pazopanib, regorafenib, cabozantinib, lenvatinib, ibrutinib,
acalabrutinib, ruxolitinib, palbociclib, ribociclib, abemaciclib, olaparib, niraparib, venetoclax, lenalidomide, pomalidomide, thalidomide,
bortezomib, carfilzomib, daratumumab, cyclophosphamide, doxorubicin, epirubicin, cisplatin, carboplatin, oxaliplatin, paclitaxel, docetaxel,
gemcitabine, capecitabine, fluorouracil, irinotecan, etoposide, vincristine, vinorelbine, pemetrexed, temozolomide, bleomycin, hydroxyurea,
mercaptopurine, cytarabine, azacitidine, leuprolide, leuprorelin, goserelin, degarelix, bicalutamide, enzalutamide, abiraterone, apalutamide,
darolutamide, ethinyl estradiol, levonorgestrel, norethindrone, drospirenone, medroxyprogesterone, progesterone, dydrogesterone, clomiphene,
letrozole, oxytocin, methylergonovine, testosterone cypionate, testosterone enanthate, sildenafil, tadalafil, vardenafil, avanafil, oxybutynin,
tolterodine, solifenacin, mirabegron, darifenacin, trospium, desmopressin, erythropoietin, epoetin alfa, darbepoetin, filgrastim, pegfilgrastim,
ferrous sulfate, ferrous gluconate, iron sucrose, ferric carboxymaltose, cyanocobalamin, folic acid, cholecalciferol, ergocalciferol, potassium
chloride, sodium bicarbonate tablets, sevelamer, cinacalcet, levocarnitine, isotretinoin, tretinoin, adapalene, spironolactone tablets, ketoconazole,
permethrin, mupirocin, fusidic acid, latanoprost, timolol, brimonidine, dorzolamide, bimatoprost, travoprost, botulinum toxin, onabotulinumtoxina,
hyaluronic acid injection, lidocaine, bupivacaine, ropivacaine, propofol, ketamine, etomidate, rocuronium, succinylcholine, vecuronium, sugammadex,
neostigmine, norepinephrine, noradrenaline, dopamine infusion, dobutamine, vasopressin, phenylephrine, atropine, adenosine, alteplase, tenecteplase,
tranexamic acid, protamine, vitamin k, phytonadione, idarucizumab, andexanet, glucagon, dextrose, octreotide, lanreotide, somatropin, cabergoline,
bromocriptine, hydroxocobalamin, acetylcysteine, activated charcoal, flumazenil, physostigmine, pralidoxime, dantrolene
`;

// Brand names (count with a dose or cue, like generics). Only distinctive ones; brands that are
// everyday words (e.g. "Focus", "Bright") are left out. The last lines are common Turkish, Czech/Slovak,
// Romanian, Hungarian and Finnish brands (Glifor, Ecopirin, Godasal, Anopyrin, Aspenter, Algocalmin,
// Kalmopyrin, Algopyrin, Burana, Primaspan, Marevan); "Parol" (also a word for password), "Agen", "Neurol",
// "Aulin" (a Swedish surname) and "Tenox" are left out.
export const brand = `
nolotil, enantyum, adiro, gelocatil, efferalgan, spasfon, ibuflam, talcid, ozempic, wegovy, mounjaro, zepbound, rybelsus, victoza, saxenda, trulicity, byetta, jardiance, farxiga, forxiga, invokana, januvia, janumet,
tradjenta, trajenta, glucophage, lantus, toujeo, levemir, tresiba, humalog, novolog, novorapid, apidra, basaglar, lyrica, neurontin, lipitor, sortis,
zocor, crestor, pravachol, zetia, ezetrol, repatha, praluent, eliquis, xarelto, pradaxa, lixiana, savaysa, coumadin, marcumar, falithrom, sintrom, plavix,
iscover, brilinta, brilique, effient, efient, lovenox, clexane, fragmin, entresto, lasix, aldactone, norvasc, cozaar, diovan, micardis, atacand,
benicar, zestril, prinivil, vasotec, altace, tritace, lopressor, toprol, beloc, concor, tenormin, coreg, dilatrend, nebilet, cordarone, multaq,
lanoxin, synthroid, euthyrox, levothyrox, l-thyroxin, eltroxin, tapazole, prilosec, nexium, protonix, pantozol, inipomp, prevacid, pepcid, zantac,
zofran, reglan, imodium, asacol, pentasa, lialda, entocort, zoloft, prozac, paxil, deroxat, seroxat, celexa, lexapro, cipralex, seroplex, effexor,
trevilor, pristiq, cymbalta, wellbutrin, elontril, remeron, desyrel, trintellix, brintellix, elavil, seroquel, zyprexa, risperdal, abilify, rexulti,
vraylar, geodon, latuda, invega, clozaril, leponex, haldol, lamictal, depakote, depakine, tegretol, trileptal, keppra, topamax, vimpat, dilantin,
xanax, ativan, klonopin, rivotril, valium, restoril, buspar, ambien, stilnox, lunesta, ritalin, medikinet, adderall, vyvanse, elvanse, strattera,
intuniv, provigil, aricept, namenda, ebixa, sinemet, madopar, mirapex, sifrol, requip, azilect, imitrex, maxalt, aimovig, ajovy, emgality, nurtec,
ubrelvy, suboxone, subutex, narcan, oxycontin, percocet, vicodin, dilaudid, ultram, tramal, duragesic, durogesic, advil, motrin, nurofen, aleve,
voltaren, celebrex, mobic, toradol, tylenol, panadol, dafalgan, doliprane, novalgin, deltasone, medrol, decadron, fortecortin, solu-medrol, plaquenil,
arava, imuran, cellcept, neoral, prograf, humira, remicade, enbrel, cimzia, simponi, actemra, roactemra, orencia, rituxan, mabthera, cosentyx, taltz,
stelara, tremfya, skyrizi, entyvio, dupixent, xolair, nucala, fasenra, xeljanz, olumiant, rinvoq, otezla, zyloprim, uloric, adenuric, colcrys,
fosamax, actonel, boniva, prolia, xgeva, forteo, evista, augmentin, amoxil, keflex, rocephin, zithromax, biaxin, vibramycin, ciprobay, levaquin,
avelox, macrobid, bactrim, flagyl, cleocin, vancocin, zyvox, diflucan, lamisil, valtrex, zovirax, tamiflu, paxlovid, lagevrio, veklury, biktarvy,
descovy, truvada, genvoya, triumeq, dovato, juluca, cabenuva, symtuza, prezista, isentress, tivicay, sovaldi, harvoni, epclusa, mavyret, maviret,
ventolin, proair, proventil, serevent, foradil, spiriva, atrovent, flovent, seretide, advair, symbicort, breo, trelegy, pulmicort, qvar, singulair,
zyrtec, claritin, aerius, telfast, benadryl, epipen, nolvadex, arimidex, femara, aromasin, faslodex, herceptin, perjeta, avastin, erbitux, keytruda,
opdivo, tecentriq, imfinzi, yervoy, gleevec, glivec, sprycel, tasigna, tarceva, iressa, tagrisso, sutent, nexavar, votrient, stivarga, cabometyx,
lenvima, imbruvica, calquence, jakafi, jakavi, ibrance, kisqali, verzenio, lynparza, zejula, venclexta, venclyxto, revlimid, pomalyst, imnovid,
velcade, kyprolis, darzalex, xeloda, temodal, temodar, lupron, zoladex, firmagon, casodex, xtandi, zytiga, erleada, nubeqa, depo-provera, utrogestan,
duphaston, clomid, viagra, cialis, levitra, ditropan, detrol, vesicare, myrbetriq, betmiga, minirin, epogen, procrit, aranesp, neupogen, neulasta,
eutirox, tirosint, humalog, novorapid, apidra, fiasp, lantus, levemir, tresiba, toujeo, eylea, lucentis, vabysmo, beovu, ferinject, venofer, sensipar, renvela, accutane, roaccutane, xalatan, lumigan, travatan, botox, dysport, xylocaine, diprivan, marcaine, bridion,
activase, actilyse, metalyse, cyklokapron, glucagen, sandostatin, somatuline, genotropin, norditropin, dostinex, antabuse, chantix, champix, campral,
vivitrol, statin, aspirin cardio, aspirine, aspirina, aspirin, acetylsalicylic acid,
glifor, glukofen, matofin, ecopirin, coraspin, delix, apranax, majezik, arveles, minoset, klamoks, lustral, levotiron, tefor, diamicron,
galvus, galvusmet, dideral, vasoxen, lansor,
godasal, anopyrin, stacyl, prestarium, tenaxum, betaloc, atoris, torvacard, zulbex, rosucard, siofor, stadamet, lokren, prenessa, letrox,
helicid, nolpaza, paralen, ibalgin, algifen, lexaurin, citalec, asentra, trittico, ketonal,
aspenter, sintrom, trombex, algocalmin, paduden, fasconal, nospa, tertensif, noliprel,
kalmopyrin, syncumar, algopyrin, rubophen, quamatel, normodipine, lisonorm, coverex, roxera, meforal, adimet, frontin, stimuloton, cataflam,
burana, pamol, primaspan, disperin, marevan, emconcor, diformin, levaxin, somac, losec, ketipinor, arcoxia, litalgin, panacod, diapam,
opamox, seronil
`;

// Drugs whose names are also everyday words: count only with a dose.
export const dose_only = `
acetylsalicylsäure, kortison, ass, novaminsulfon, lithium, melatonin, morphine sulfate, codeine syrup, sodium chloride, saline, glucose solution, estrogen, cortisone, aspirin tablets, insulin units
`;

// WHO INN stems matched as word endings (after the colon: the shortest whole word they may end).
// Each stem also gets its French/Spanish/Italian/German spellings from the generator.
export const stems = `
pril:8, prilat:9, sartan:8, olol:7, alol:7, dipine:9, statin:9, fibrate:10, gliflozin:11, gliptin:10, glutide:11, glinide:11, glitazone:12, xaban:9,
gatran:10, parin:8, grel:9, mab:8, ximab:10, zumab:10, umab:9, limab:9, tinib:8, rafenib:10, ciclib:10, parib:9, lisib:9, zomib:9, platin:9,
rubicin:10, taxel:9, citabine:11, tecan:9, mustine:10, cillin:9, floxacin:11, mycin:9, micin:9, cycline:10, penem:9, conazole:11, fungin:10, vir:8,
previr:10, asvir:9, buvir:9, tegravir:11, navir:9, virine:10, ciclovir:10, azepam:9, azolam:9, zolam:8, barbital:11, prazole:10, tidine:0, triptan:10,
gepant:9, oxetine:10, faxine:10, pramine:10, triptyline:12, apine:9, peridone:11, piprazole:12, idone:0, lukast:10, sonide:10, nisolone:12, nisone:10,
olone:0, caine:9, afil:9, semide:9, thiazide:11, dronate:10, lutamide:11, relin:9, relix:10, trozole:10, mifene:10, coxib:8, profen:9, fenac:9,
steride:11, tropium:10, imod:0, kinra:0, kacin:9, oxacin:9, bactam:9, planin:0, eridine:11, ansetron:11, adol:0, nercept:10, bercept:10, tacept:9, zosin:8, sulosin:10, fuzosin:10, lodosin:10, buterol:10, meterol:10,
moterol:10, caterol:11, daterol:11, lanterol:11, methasone:12, metasone:12, setron:9
`;
