// Polish clinical vocabulary, written for this project from general medical knowledge (facts).
// Polish names conditions in phrases ("zapalenie płuc", "niewydolność serca") rather than by Latin endings,
// so most terms are listed whole; only "-ektomia" is used as an ending.
// Left out on purpose: words that are everyday words in Polish or in another language ("rak" (also a crayfish),
// "zawał" and "udar" alone (a collapse, a hammer drill), "ból" alone, "depresja" alone (also weather and the economy),
// "gorączka" alone (also a rush: "gorączka złota"), "wada", "serce", "nerka" alone, "recepta" alone
// (also a recipe for success), "skierowanie" alone), "kiła" (folds to "kila"), "odra" (the river Oder),
// "przerzuty" alone (also transfers, smuggling), "otępienie" (also numbness), "przekwitanie" (also flowers withering),
// "rehabilitacja" (also a legal rehabilitation), "szczepienie" alone (also grafting trees), "saturacja" alone, "respirator" (English too), "l4", "ob"), words that are
// also common surnames ("czerniak", "czerniaka": only in phrases), and professions alone ("lekarz", "psychiatra").
export const lang = 'pl';

export const condition = `
rak płuc, rak piersi, rak sutka, rak prostaty, rak jelita grubego, rak okrężnicy, rak odbytnicy, rak szyjki macicy, rak jajnika, rak trzustki,
rak żołądka, rak skóry, rak pęcherza moczowego, rak nerki, rak wątroby, rak tarczycy, rak przełyku, nowotwór, nowotwór złośliwy, nowotwory złośliwe,
guz mózgu, guz złośliwy, przerzuty nowotworowe, białaczka, chłoniak, czerniak złośliwy, czerniak skóry, czerniaka skóry, podejrzenie czerniaka, rak podstawnokomórkowy, mięsak,
szpiczak mnogi, znamię dysplastyczne, cukrzyca, cukrzyca typu 1, cukrzyca typu 2, cukrzyca ciążowa, cukrzyk, hipoglikemia, hiperglikemia,
niedoczynność tarczycy, nadczynność tarczycy, choroba hashimoto, choroba gravesa-basedowa, wole tarczycy, guzek tarczycy, hipercholesterolemia,
wysoki cholesterol, otyłość, otyłość olbrzymia, niedoczynność kory nadnerczy, nadciśnienie, nadciśnienie tętnicze, niedociśnienie, zawał serca,
zawał mięśnia sercowego, niewydolność serca, niewydolność krążenia, migotanie przedsionków, zaburzenia rytmu serca, arytmia, dusznica bolesna,
choroba wieńcowa, choroba niedokrwienna serca, zakrzepica, zakrzepica żył głębokich, zatorowość płucna, udar mózgu, udar niedokrwienny,
udar krwotoczny, krwotok mózgowy, tętniak, tętniak aorty, żylaki, zapalenie płuc, obustronne zapalenie płuc, zapalenie oskrzeli, astma,
astma oskrzelowa, pochp, przewlekła obturacyjna choroba płuc, rozedma płuc, włóknienie płuc, gruźlica, grypa, bezdech senny, zapalenie wątroby,
wirusowe zapalenie wątroby, marskość wątroby, stłuszczenie wątroby, zapalenie trzustki, zapalenie wyrostka robaczkowego, zapalenie uchyłków,
zapalenie żołądka, wrzód żołądka, choroba wrzodowa, refluks żołądkowo-przełykowy, choroba refluksowa, choroba leśniowskiego-crohna, choroba crohna,
wrzodziejące zapalenie jelita grubego, zespół jelita drażliwego, celiakia, hemoroidy, kamica żółciowa, kamica nerkowa, kamienie nerkowe,
kolka nerkowa, niewydolność nerek, przewlekła choroba nerek, zakażenie układu moczowego, infekcja dróg moczowych, zapalenie pęcherza moczowego,
odmiedniczkowe zapalenie nerek, demencja, choroba alzheimera, choroba parkinsona, padaczka, epilepsja, napad padaczkowy, stwardnienie rozsiane,
stwardnienie zanikowe boczne, migrena, zapalenie opon mózgowo-rdzeniowych, zapalenie mózgu, przepuklina dyskowa, dyskopatia, rwa kulszowa,
neuropatia, polineuropatia, mózgowe porażenie dziecięce, depresja kliniczna, zaburzenia depresyjne, epizod depresyjny, ciężka depresja,
choroba afektywna dwubiegunowa, zaburzenie afektywne dwubiegunowe, schizofrenia, psychoza, epizod psychotyczny, zaburzenia lękowe, zaburzenie lękowe,
nerwica, napad paniki, napady paniki, zespół lęku napadowego, zaburzenie obsesyjno-kompulsyjne, zaburzenia obsesyjno-kompulsyjne, nerwica natręctw,
zespół stresu pourazowego, ptsd, adhd, autyzm, spektrum autyzmu, zaburzenia ze spektrum autyzmu, zaburzenia odżywiania, zaburzenie odżywiania,
jadłowstręt psychiczny, anoreksja, bulimia, napadowe objadanie się, zaburzenie osobowości typu borderline, osobowość borderline, bezsenność,
myśli samobójcze, próba samobójcza, samookaleczenia, samookaleczenie, alkoholizm, uzależnienie od alkoholu, choroba alkoholowa, uzależnienie od narkotyków,
narkomania, uzależnienie od opioidów, przedawkowanie, zespół abstynencyjny, w ciąży, ciąża, ciąża pozamaciczna, ciąża zagrożona, poronienie,
poronienie samoistne, przedwczesny poród, poród przedwczesny, martwe urodzenie, niepłodność, endometrioza, mięśniaki macicy, zespół policystycznych jajników,
menopauza, zaburzenia erekcji, stan przedrzucawkowy, rzucawka, cukrzyca ciężarnych, rzeżączka, chlamydioza, zakażenie chlamydią,
opryszczka, opryszczka narządów płciowych, zakażenie hiv, nosiciel hiv, choroba przenoszona drogą płciową, choroby przenoszone drogą płciową,
zakażenie hpv, choroba zwyrodnieniowa stawów, reumatoidalne zapalenie stawów, zapalenie stawów, dna moczanowa, osteoporoza, fibromialgia, toczeń,
toczeń rumieniowaty układowy, zapalenie ścięgna, złamanie szyjki kości udowej, złamanie kości udowej, złamanie nadgarstka, złamanie kostki,
złamanie otwarte, zerwanie więzadła krzyżowego, uszkodzenie łąkotki, skręcenie kostki, łuszczyca, atopowe zapalenie skóry, egzema, wyprysk,
półpasiec, posocznica, sepsa, ospa wietrzna, różyczka, krztusiec, borelioza, zapalenie ucha, zapalenie ucha środkowego,
zapalenie zatok, zapalenie migdałków, angina ropna, zapalenie gardła, zapalenie spojówek, jaskra, zaćma, zwyrodnienie plamki żółtej,
odwarstwienie siatkówki, niedosłuch, głuchota, anemia, niedokrwistość, niedokrwistość z niedoboru żelaza, anemia sierpowata, hemofilia,
uczulenie na penicylinę, alergia na penicylinę, alergia pokarmowa, wstrząs anafilaktyczny, anafilaksja, pokrzywka, obrzęk, obrzęki, żółtaczka,
duszność, ból w klatce piersiowej, ból w klatce, przewlekły ból, omdlenie, zespół downa, mukowiscydoza, paraplegia, tetraplegia, porażenie połowicze,
niedowład, odleżyna, odleżyny, wysoka gorączka, biegunka, wymioty, nudności, przewlekły kaszel, niewydolność oddechowa, niewydolność wątroby
`;

// Polish inflects nouns: the commonest conditions also in the genitive ("leczenie cukrzycy") and the
// instrumental ("pacjent z cukrzycą"), and the accusative where it differs ("choruje na cukrzycę").
export const condition_inflected = `
cukrzycy, cukrzycą, cukrzycę, cukrzycy typu 2, cukrzycą typu 2, nadciśnienia tętniczego, nadciśnieniem tętniczym, nadciśnieniem, astmy, astmą,
padaczki, padaczką, schizofrenii, schizofrenią, białaczki, białaczką, chłoniaka, niedoczynności tarczycy,
niedoczynnością tarczycy, nadczynności tarczycy, nadczynnością tarczycy, zapalenia płuc, zapaleniem płuc, zawału serca, zawałem serca, udaru mózgu,
udarem mózgu, raka płuc, rakiem płuc, raka piersi, rakiem piersi, raka prostaty, rakiem prostaty, raka jelita grubego, rakiem jelita grubego,
raka szyjki macicy, niewydolności serca, niewydolnością serca, niewydolności nerek, niewydolnością nerek, otyłości, otyłością, zaburzeń odżywiania,
zaburzeniami odżywiania, zaburzeniem odżywiania, anoreksji, anoreksją, bulimii, bulimią, gruźlicy, gruźlicą, migreny, migreną, ciąży,
choroby alzheimera, chorobą alzheimera, choroby parkinsona, chorobą parkinsona, stwardnienia rozsianego, stwardnieniem rozsianym, endometriozy,
endometriozą, łuszczycy, łuszczycą, osteoporozy, osteoporozą, niepłodności, niepłodnością, uzależnienia od alkoholu, uzależnieniem od alkoholu,
choroby afektywnej dwubiegunowej, chorobą afektywną dwubiegunową, zaburzeń lękowych, zaburzeniami lękowymi, myśli samobójczych, próby samobójczej,
zakażenia hiv, zakażeniem hiv, choroby wieńcowej, chorobą wieńcową, marskości wątroby, marskością wątroby, sepsy, sepsą, anemii, anemią,
niedokrwistości, niedokrwistością
`;

export const clinical = `
zdiagnozowano, zdiagnozowana, zdiagnozowany, rozpoznanie choroby, recepta na lek, e-recepta, skierowanie do szpitala,
skierowanie na badania, karta informacyjna leczenia szpitalnego, poradni zdrowia psychicznego, poradnię zdrowia psychicznego, wypis ze szpitala, wypisany ze szpitala, wypisana ze szpitala, dokumentacja medyczna,
historia choroby, wywiad lekarski, badanie przedmiotowe, badanie fizykalne, rozpoznanie różnicowe, plan leczenia, poradnia zdrowia psychicznego,
poradnia onkologiczna, poradnia kardiologiczna, poradnia dermatologiczna, poradnia ginekologiczna, poradnia endokrynologiczna, poradnia neurologiczna,
poradnia diabetologiczna, poradnia leczenia uzależnień, poradnia psychologiczna, poradnia chirurgiczna, poradnia ortopedyczna, poradnia specjalistyczna,
oddział psychiatryczny, oddział onkologiczny, oddział kardiologiczny, oddział ratunkowy, szpitalny oddział ratunkowy, izba przyjęć,
oddział intensywnej terapii, intensywna terapia, hospitalizacja, hospitalizowany, hospitalizowana, przyjęty do szpitala, przyjęta do szpitala,
opieka paliatywna, hospicjum, badania krwi, badanie krwi, morfologia krwi, badanie moczu, badania laboratoryjne, biopsja, histopatologia,
badanie histopatologiczne, cytologia, chemioterapia, radioterapia, immunoterapia, hormonoterapia, dializa, hemodializa, dializowany, kolonoskopia,
gastroskopia, endoskopia, bronchoskopia, mammografia, usg jamy brzusznej, badanie usg, echo serca, echokardiografia, elektrokardiogram,
tomografia komputerowa, rezonans magnetyczny, rtg klatki piersiowej, spirometria, punkcja lędźwiowa, przeszczep nerki, przeszczep wątroby,
przeszczep szpiku, transfuzja krwi, przetoczenie krwi, zaintubowany, zaintubowana, wentylacja mechaniczna, znieczulenie ogólne,
pooperacyjny, przedoperacyjny, cesarskie cięcie, poród przez cesarskie cięcie, endoproteza stawu biodrowego, endoproteza kolana, rozrusznik serca,
koronarografia, angioplastyka, pomostowanie aortalno-wieńcowe, bajpasy, operacja bariatryczna, fizjoterapia, psychoterapia,
szczepienie przeciw grypie, szczepienie przeciwko, zaszczepiony, zaszczepiona, zwolnienie lekarskie, zaświadczenie lekarskie, orzeczenie o niepełnosprawności, dożylnie, dożylny,
podskórnie, podskórny, domięśniowo, domięśniowy, dawkowanie, przeciwwskazanie, przeciwwskazania, działanie niepożądane, działania niepożądane,
marker nowotworowy, pompa insulinowa, test ciążowy, antykoncepcja, tabletka dzień po, wizyta kontrolna u lekarza
`;

export const lab = `
hemoglobina glikowana, glukoza, glukoza na czczo, poziom cukru, cukier na czczo, cholesterol, cholesterol całkowity, cholesterol ldl, cholesterol hdl,
trójglicerydy, triglicerydy, kreatynina, mocznik, egfr, hemoglobina, hematokryt, leukocyty, erytrocyty, płytki krwi, trombocyty, ft4, wiremia,
troponina, białko c-reaktywne, ferrytyna, witamina d, próby wątrobowe, alat, aspat, bilirubina, albumina, kwas moczowy
`;

export const vital_bp = `ciśnienie tętnicze, ciśnienie krwi, ciśnienie`;
export const vital_hr = `tętno, akcja serca, puls`;
export const vital_spo2 = `saturacja krwi, saturacja tlenem, spo2`;
export const vital_temp = `temperatura ciała, gorączka do`;
export const vital_rr = `częstość oddechów, liczba oddechów`;

export const suffix_clinical = `
ektomia:10, ektomii:10
`;

export const stop = `homeopatia, sympatia, empatia, telepatia, nostalgia, akademia, ekonomia, astronomia, gastronomia, mikroskopia, autonomia`;

export const lab_unit = `potas, sód, wapń, magnez`;
