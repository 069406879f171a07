// Turkish clinical vocabulary, written for this project from general medical knowledge (facts).
// Turkish is agglutinative: the commonest conditions are also listed with the possessive ("diyabetim", "astımı"),
// accusative ("kanserini"), locative and "-li" (having) forms (condition_inflected). The dotless 'ı' folds to 'i'.
// Left out on purpose: words that are everyday words in Turkish or in another language ("ağrı" alone (also a
// province and a mountain), "ateş" alone (fire), "şeker" alone (sugar), "tansiyon" alone and "yüksek tansiyon" (also
// political tension and high-voltage lines), "kriz", "felç" (also "traffic came to a standstill"), "inme" (also
// landing, going down), "grip" (English), "nezle" (a cold), "depresyon" alone (also weather and the economy),
// "doğum" alone (birthday: "doğum günü"), "reçete" alone (also "a recipe for success"), "sevk" alone (also
// shipping), "rapor" alone, "muayene" alone (also a car inspection), "hastane" and "acil" alone, "tahlil" alone
// (also an analysis of a text), "kist", "ur", "tümör" alone in short forms, "şok" (shock, also surprise), "alerji"
// alone ("alerjim var kalabalığa"), "kırık" alone (broken), "yara" alone (wound, also figurative), "KOAH" is kept
// but "MS", "KBY", "DM", "HT", "AF", "KAH" (short abbreviations) are not), and professions alone ("doktor",
// "hemşire", "psikiyatrist").
// Also left out: "sedef" (mother-of-pearl, a given name), "uçuk" (pale, crazy), "zona" (Romance "zone"), "varis" (heir),
// "gebe" (German), "kireçlenme" (limescale), "iktidarsızlık" (powerlessness), "bayılma" (also "to adore"), "damardan" (heartfelt),
// "yan etki" (also of a policy), "sevk edildi" (dispatched), "depresyonda" (also the economy), "alt", "ast" (keys; German), "psa".
export const lang = 'tr';

export const condition = `
kanser, kanseri, akciğer kanseri, meme kanseri, prostat kanseri, kolon kanseri, kalın bağırsak kanseri, rektum kanseri, rahim ağzı kanseri,
serviks kanseri, yumurtalık kanseri, pankreas kanseri, mide kanseri, cilt kanseri, deri kanseri, mesane kanseri, böbrek kanseri,
karaciğer kanseri, tiroid kanseri, yemek borusu kanseri, beyin tümörü, kötü huylu tümör, iyi huylu tümör, habis tümör, metastaz, metastazlar,
metastatik, lösemi, kan kanseri, lenfoma, lenf kanseri, melanom, malign melanom, bazal hücreli karsinom, karsinom, sarkom, multipl miyelom,
diyabet, diyabetes, tip 1 diyabet, tip 2 diyabet, gebelik diyabeti, gestasyonel diyabet, şeker hastalığı, şeker hastası, insülin direnci,
hipoglisemi, hiperglisemi, hipotiroidi, hipertiroidi, tiroid bezi az çalışması, guatr, tiroid nodülü, haşimoto, hashimoto tiroiditi,
graves hastalığı, yüksek kolesterol, hiperkolesterolemi, hiperlipidemi, obezite, morbid obezite, hipertansiyon, yüksek kan basıncı,
tansiyon hastası, tansiyon hastalığı, düşük tansiyon, hipotansiyon, kalp krizi, miyokard enfarktüsü, kalp yetmezliği,
konjestif kalp yetmezliği, atriyal fibrilasyon, kalp ritim bozukluğu, aritmi, ritim bozukluğu, anjina pektoris, göğüs anjini,
koroner arter hastalığı, koroner kalp hastalığı, kalp damar hastalığı, kalp hastalığı, kalp hastası, derin ven trombozu, tromboz,
pıhtı atması, akciğer embolisi, pulmoner emboli, beyin kanaması, beyin krizi, serebrovasküler olay, inme geçirdi, felç geçirdi, iskemik inme,
anevrizma, aort anevrizması, zatürre, zatürree, pnömoni, bronşit, astım, bronşiyal astım, astım hastası, koah,
kronik obstrüktif akciğer hastalığı, amfizem, akciğer fibrozisi, tüberküloz, verem, influenza, uyku apnesi, obstrüktif uyku apnesi, hepatit,
hepatit b, hepatit c, siroz, karaciğer sirozu, yağlı karaciğer, karaciğer yağlanması, karaciğer yetmezliği, pankreatit, apandisit,
divertikülit, gastrit, mide ülseri, peptik ülser, reflü hastalığı, gastroözofageal reflü, crohn hastalığı, ülseratif kolit,
huzursuz bağırsak sendromu, çölyak, çölyak hastalığı, hemoroid, basur, safra kesesi taşı, böbrek taşı, böbrek yetmezliği,
kronik böbrek yetmezliği, kronik böbrek hastalığı, idrar yolu enfeksiyonu, sistit, piyelonefrit, demans, bunama, alzheimer,
alzheimer hastalığı, parkinson, parkinson hastalığı, epilepsi, sara hastalığı, sara nöbeti, epileptik nöbet, multipl skleroz, als hastalığı,
menenjit, ensefalit, bel fıtığı, boyun fıtığı, disk hernisi, siyatik, nöropati, polinöropati, serebral palsi, majör depresyon,
depresyon tanısı, depresyon hastası, klinik depresyon, depresif bozukluk, bipolar bozukluk, manik depresif, şizofreni, psikoz, psikotik atak,
anksiyete bozukluğu, yaygın anksiyete bozukluğu, panik atak, panik bozukluk, obsesif kompulsif bozukluk, travma sonrası stres bozukluğu,
dikkat eksikliği ve hiperaktivite bozukluğu, dehb, otizm, otizm spektrum bozukluğu, asperger sendromu, yeme bozukluğu, anoreksiya nervoza,
anoreksiya, bulimiya, bulimiya nervoza, tıkınırcasına yeme bozukluğu, sınırda kişilik bozukluğu, kişilik bozukluğu, uykusuzluk hastalığı,
intihar düşünceleri, intihar girişimi, kendine zarar verme, alkol bağımlılığı, alkolizm, madde bağımlılığı, uyuşturucu bağımlılığı,
eroin bağımlılığı, aşırı doz, yoksunluk sendromu, hamile, hamileyim, gebelik, dış gebelik, ektopik gebelik, riskli gebelik, düşük yaptı,
erken doğum, ölü doğum, kısırlık, infertilite, endometriozis, miyom, polikistik over sendromu, menopoz, erektil disfonksiyon, preeklampsi,
gebelik zehirlenmesi, eklampsi, klamidya, bel soğukluğu, gonore, frengi, sifiliz, genital herpes, hiv enfeksiyonu, hiv pozitif, aids hastası,
cinsel yolla bulaşan hastalık, hpv enfeksiyonu, osteoartrit, romatoid artrit, romatizma, artrit, gut hastalığı, kemik erimesi, osteoporoz,
fibromiyalji, lupus, sistemik lupus eritematozus, tendinit, kalça kırığı, femur boynu kırığı, el bileği kırığı, ayak bileği kırığı,
açık kırık, beyin sarsıntısı, çapraz bağ yırtığı, menisküs yırtığı, sedef hastalığı, egzama, atopik dermatit, sepsis, kan zehirlenmesi,
kızamık, kızamıkçık, su çiçeği, kabakulak, boğmaca, lyme hastalığı, orta kulak iltihabı, kulak iltihabı, sinüzit, bademcik iltihabı,
tonsillit, farenjit, konjonktivit, glokom, göz tansiyonu, katarakt, sarı nokta hastalığı, makula dejenerasyonu, retina dekolmanı,
işitme kaybı, sağırlık, tinnitus, kansızlık, anemi, demir eksikliği anemisi, orak hücre anemisi, akdeniz anemisi, talasemi, hemofili,
penisilin alerjisi, besin alerjisi, gıda alerjisi, anafilaksi, anafilaktik şok, ürtiker, kurdeşen, ödem, sarılık, nefes darlığı, dispne,
göğüs ağrısı, kronik ağrı, senkop, down sendromu, kistik fibrozis, felçli, yarım felç, omurilik felci, bası yarası, yatak yarası,
yüksek ateş, kuvvetli ishal, ishal, kusma, bulantı, mide bulantısı, kronik öksürük, solunum yetmezliği, koronavirüs enfeksiyonu,
kovid pozitif, covid pozitif
`;

// Possessive, accusative, locative and "-li" (having) forms of the commonest conditions:
// "diyabetim var" (I have diabetes), "astımı olan" (who has asthma), "kanserini" (his cancer, acc.), "diyabetli hasta".
export const condition_inflected = `
diyabetim, diyabeti, diyabetini, diyabette, diyabetli, diyabetle, şeker hastalığım, şeker hastalığını, şeker hastalığına, şeker hastasıyım,
hipertansiyonum, hipertansiyonu, hipertansiyonlu, hipertansiyonunu, tansiyon hastasıyım, astımım, astımı, astımlı, astımını, kanserim,
kanserini, kansere, kanserden, kanserli, akciğer kanserine, akciğer kanserini, meme kanserine, meme kanserini, prostat kanserine,
kalp yetmezliğim, kalp yetmezliği olan, kalp yetmezliğini, kalp yetmezlikli, kalp krizim, kalp krizini, kalp krizinden, kalp krizi geçirdi,
kalp krizi geçirmiş, kalp hastasıyım, böbrek yetmezliğim, böbrek yetmezliğini, böbrek yetmezlikli, koahlı, koahı, epilepsim, epilepsisi,
epilepsili, epilepsisini, demansı, demanslı, alzheimerı, alzheimer hastası, parkinsonu, parkinson hastası, şizofrenisi, şizofrenili,
şizofreni hastası, bipolar bozukluğum, bipolar bozukluğu, depresyondayım, depresyonum, anksiyete bozukluğum, panik atağım,
panik atak geçirdi, obezitesi, obez hasta, hipotiroidim, hipotiroidisi, haşimotom, haşimotosu, zatürreye, zatürre oldu, zatürre geçirdi,
pnömonisi, hepatiti, hepatit b taşıyıcısı, sirozu, lösemisi, lösemili, lenfoması, felç geçirmiş, beyin kanaması geçirdi, migrenim, migreni,
migren, migren atağı, migren hastası, hamileliğim, hamilelik, gebeliği, gebeliğin, uyku apnem, uyku apnesi olan, kemoterapi alıyor,
diyalize giriyor, diyaliz hastası
`;

export const clinical = `
tanısı kondu, tanısı konuldu, teşhis edildi, teşhisi kondu, tanı aldı, epikriz, epikriz raporu, taburcu oldu, taburcu edildi, taburcu,
hasta çıkış özeti, çıkış özeti, hasta dosyası, tıbbi kayıt, tıbbi kayıtlar, hasta öyküsü, anamnez, fizik muayene, ayırıcı tanı, ön tanı,
kesin tanı, tedavi planı, ilaç listesi, reçete edildi, reçeteli ilaç, e-reçete, kırmızı reçete, yeşil reçete, ilaç raporu, sağlık raporu,
heyet raporu, sağlık kurulu raporu, engelli sağlık kurulu raporu, istirahat raporu, doktor raporu, hastalık izni, aile sağlığı merkezi,
toplum sağlığı merkezi, ruh sağlığı polikliniği, psikiyatri polikliniği, psikiyatri servisi, onkoloji polikliniği, onkoloji servisi,
kardiyoloji polikliniği, kardiyoloji servisi, dermatoloji polikliniği, cildiye polikliniği, dahiliye polikliniği,
iç hastalıkları polikliniği, nöroloji polikliniği, kadın doğum polikliniği, göğüs hastalıkları polikliniği, üroloji polikliniği,
endokrinoloji polikliniği, ortopedi polikliniği, çocuk polikliniği, alkol ve madde bağımlılığı merkezi, amatem, acil servis, acil serviste,
acile kaldırıldı, yoğun bakım, yoğun bakımda, yoğun bakım ünitesi, hastaneye yatırıldı, hastaneye kaldırıldı, hastaneye sevk edildi, hastanede yatıyor,
servise yatırıldı, palyatif bakım, kan tahlili, kan testi, idrar tahlili, tahlil sonuçları, biyopsi, patoloji raporu, patoloji sonucu,
histopatoloji, sitoloji, smear testi, kemoterapi, radyoterapi, ışın tedavisi, immünoterapi, hormon tedavisi, diyaliz, hemodiyaliz,
periton diyalizi, kolonoskopi, gastroskopi, endoskopi, bronkoskopi, mamografi, batın ultrasonu, ultrasonografi, ekokardiyografi, kalp eforu,
efor testi, elektrokardiyografi, bilgisayarlı tomografi, manyetik rezonans görüntüleme, akciğer grafisi, göğüs röntgeni,
solunum fonksiyon testi, lomber ponksiyon, böbrek nakli, karaciğer nakli, kemik iliği nakli, organ nakli, kan nakli, entübe edildi, entübe,
mekanik ventilasyon, genel anestezi, lokal anestezi, ameliyat oldu, ameliyat edildi, ameliyat sonrası, ameliyat öncesi, ameliyata alındı,
sezaryen, sezaryenle doğum, normal doğum, kalça protezi, diz protezi, kalp pili, koroner anjiyografi, anjiyo, anjiyoplasti, stent takıldı,
bypass ameliyatı, baypas ameliyatı, kalp ameliyatı, açık kalp ameliyatı, mide küçültme ameliyatı, tüp mide ameliyatı, obezite cerrahisi,
bademcik ameliyatı, apandisit ameliyatı, safra kesesi ameliyatı, katarakt ameliyatı, fizik tedavi, fizyoterapi, psikoterapi,
bilişsel davranışçı terapi, grip aşısı, aşılandı, aşı takvimi, intravenöz, damar yolundan, deri altı, kas içi, serum takıldı, ilaç dozu,
kontrendikasyon, tümör belirteci, insülin pompası, insülin kalemi, insülin kullanıyor, gebelik testi, doğum kontrol hapı, ertesi gün hapı,
kürtaj, kontrol muayenesi
`;

export const lab = `
hba1c, glikozillenmiş hemoglobin, açlık kan şekeri, kan şekeri, tokluk kan şekeri, açlık şekeri, glukoz, glikoz, kolesterol,
total kolesterol, ldl kolesterol, hdl kolesterol, trigliserit, trigliserid, kreatinin, üre, egfr, hemoglobin, hematokrit, lökosit,
beyaz küre, eritrosit, trombosit, serbest t4, viral yük, troponin, crp, c-reaktif protein, ferritin, d vitamini, b12 vitamini,
karaciğer enzimleri, bilirubin, albümin, ürik asit, sedimantasyon
`;

export const vital_bp = `tansiyon, tansiyonu, tansiyonum, kan basıncı, büyük tansiyon, küçük tansiyon`;
export const vital_hr = `nabız, nabzı, nabzım, kalp hızı`;
export const vital_spo2 = `oksijen satürasyonu, oksijen doygunluğu, satürasyonu`;
export const vital_temp = `vücut sıcaklığı, ateşi, ateşim, ateş`;
export const vital_rr = `solunum sayısı, solunum hızı`;

export const suffix_clinical = `
ektomi:9
`;

export const stop = `anatomi, ekonomi, astronomi, gastronomi, otonomi, akademi, sempati, antipati, empati, telepati, homeopati`;

export const lab_unit = `potasyum, sodyum, kalsiyum, magnezyum`;
