import { describe, expect, it } from 'vitest';
import { detector, found, ids } from './support/detector.ts';
import { scanText } from '../../core/detect/scan-text.ts';

// Each text names an anchor (Aleppo) so context entities are shown; relevance has its own tests.
const onTopic = (s: string) => `${s} Aleppo.`;

describe('entity names in eight languages', () => {
  it.each([
    ['Aleppo fell.', 'aleppo:Aleppo'],
    ["La bataille d'Alep.", 'aleppo:Alep'],
    ["Halep'te çatışmalar sürüyor.", 'aleppo:Halep'],
    ['The Arabs call it Halab.', 'aleppo:Halab'],
    ['معركة حلب', 'aleppo:حلب'],
    ['вокруг Алеппо', 'aleppo:Алеппо'],
    ['Alepo, Siria', 'aleppo:Alepo'],
    ['ALEPPO (AP) — news', 'aleppo:ALEPPO'],
  ])('finds Aleppo in %j', (text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it('finds possessives and inflections without taking the suffix into the mention', () => {
    expect(found("Aleppo's fall and Aleppo’s people")).toEqual(['aleppo:Aleppo', 'aleppo:Aleppo']);
    expect(found("Esad'ın ordusu Halep'te")).toEqual(['assad:Esad', 'aleppo:Halep']);
    expect(found('Assads Truppen in Aleppo')).toEqual(['assad:Assad', 'aleppo:Aleppo']);
    expect(found("l'ONU et d'Alep")).toEqual(['united-nations:ONU', 'aleppo:Alep']);
    // French and Italian papers also write Onu; Turkish "Onu" (him, her) opens sentences
    expect(found("Selon l'Onu, Alep. Onu gördüm.")).toEqual(['united-nations:Onu', 'aleppo:Alep']);
  });

  it('finds Arabic names with prefixes and diacritics', () => {
    // the mention is the name: the "and", "in" or "to" written onto it is not highlighted
    expect(found('وحلب بحلب لحلب')).toEqual(['aleppo:حلب', 'aleppo:حلب', 'aleppo:حلب']);
    expect(found('قالت المعارَضة في حلب')).toEqual(['rebels:المعارَضة', 'aleppo:حلب']);
    expect(found('حـلـب')).toEqual(['aleppo:حـلـب']); // tatweel
    expect(found('قال مسؤول للأمم المتحدة في حلب')).toEqual(['united-nations:للأمم المتحدة', 'aleppo:حلب']);
  });

  it('finds Russian names in every case, whole phrases declined together', () => {
    expect(found('Бои под Хамой, в Хаме и у Хамы; Латакией управляли.')).toEqual(['hama:Хамой', 'hama:Хаме', 'hama:Хамы', 'latakia:Латакией']);
    expect(found(onTopic('Войска Башара Асада и Башаром аль-Асадом')).slice(0, 2)).toEqual(['assad:Башара Асада', 'assad:Башаром аль-Асадом']);
    expect(found(onTopic('Сирийскую армию, правительственным войскам, Организацией Объединённых Наций, Международному комитету Красного Креста, Саудовской Аравией, оппозицию'))).toEqual([
      'syrian-government:Сирийскую армию', 'syrian-government:правительственным войскам', 'united-nations:Организацией Объединённых Наций',
      'icrc:Международному комитету Красного Креста', 'saudi-arabia:Саудовской Аравией', 'rebels:оппозицию', 'aleppo:Aleppo',
    ]);
    // a boor (хам) at a sentence start is not Hama, nor a red cross drawn on a door the ICRC
    expect(ids(onTopic('Хамы! Хаму он ответил. Дом помечен красным крестом.'))).toEqual(['aleppo']);
    // the Free Syrian Army in any case is not the Syrian army; ХАМАС is not Хама
    expect(ids(onTopic('Свободной сирийской армией, Свободную сирийскую армию; Хамас и ХАМАС'))).toEqual(['aleppo']);
  });

  it('takes a news agency\'s bare name only after a word for agency (Sana is also Yemen\'s capital, and "healthy")', () => {
    expect(found('Según la agencia estatal siria Sana, Alepo cayó.')).toEqual(['sana:Sana', 'aleppo:Alepo']);
    expect(found('L\'agenzia ufficiale siriana Sana riferisce da Aleppo.')).toEqual(['sana:Sana', 'aleppo:Aleppo']);
    expect(ids('Una dieta sana. Bombardeos en Sana, la capital de Yemen.')).toEqual([]);
  });

  it('reads a capitalised name opening a dateline as a place, and Russian chains of abbreviations', () => {
    expect(ids('САНА, 5 декабря. /ТАСС/. Бомбардировки продолжаются.')).toEqual([]);
    expect(found(onTopic('Заседание СБ ООН, заявление МИД РФ.'))).toEqual(['united-nations:ООН', 'russia:РФ', 'aleppo:Aleppo']);
    expect(ids(onTopic('UN AN APRÈS'))).toEqual(['aleppo']);
    // an English all-capitals headline: the UN is the UN there
    expect(ids('ALEPPO EVACUATION: UN WARNS OF DELAYS')).toEqual(['aleppo', 'united-nations']);
    // a reporting verb after a sentence-initial Amnesty: the organisation
    expect(ids(onTopic('Amnesty said the evacuation failed. Amnesty for deserters was offered.'))).toEqual(['amnesty', 'aleppo']);
    // and in the other languages' reports, where the sentence's next word is theirs
    expect(ids(onTopic('Amnesty ha denunciato gli attacchi. Amnesty denunció la evacuación. Amnesty erklärte, dass ...'))).toEqual(['amnesty', 'amnesty', 'amnesty', 'aleppo']);
    expect(ids(onTopic('Amnesty was granted to deserters. Amnesty has been offered.'))).toEqual(['aleppo']);
    expect(ids(onTopic('Uno dice que la guerra terminó. Uno afirma otra cosa.'))).toEqual(['aleppo']); // "one says"
    // German "Uno" is the UN; Spanish and Italian "uno" (one), a car, a television channel are not
    expect(ids(onTopic('Die Uno forderte eine Feuerpause. Uno-Generalsekretär Ban sagte, die Uno helfe.'))).toEqual(['united-nations', 'united-nations', 'united-nations', 'aleppo']);
    expect(ids(onTopic('Un Fiat Uno. En Rai Uno hablaron. ¿Uno de cada tres niños? —Uno no se acostumbra. Uno ha de reconocer. Uno ha perso la vita.'))).toEqual(['aleppo']);
  });

  it('reads Turkish suffixes written without an apostrophe, and Turkish typed without its letters', () => {
    expect(found('Halepte, Esadın güçleri; Rusyanın ve Türkiyenin tutumu. Lazkiyede.')).toEqual([
      'aleppo:Halepte', 'assad:Esadın', 'russia:Rusyanın', 'turkey:Türkiyenin', 'latakia:Lazkiyede',
    ]);
    expect(ids('Halep ve Turkiye')).toEqual(['aleppo', 'turkey']);
    // a closed list of suffixes: Şamdan (a candlestick) and Şampuan are not Damascus
    expect(ids(onTopic('Şampuan ve Hamam'))).toEqual(['aleppo']);
  });

  it('reads fully vowelled Arabic, vowel marks after a prefix included', () => {
    expect(ids('حَلَبُ وَحِمْصَ بِدِمَشْقَ وَبَشَّارُ الأَسَدُ')).toEqual(['aleppo', 'homs', 'damascus', 'assad']);
  });

  it('reads spelling variants and directional forms as one mention', () => {
    expect(ids('Bashar al-Assad, Bashar al Assad and Bashar Al-Assad')).toEqual(['assad', 'assad', 'assad']);
    expect(found('in eastern Aleppo and east Aleppo')).toEqual(['aleppo:eastern Aleppo', 'aleppo:east Aleppo']);
    expect(found('Ost-Aleppo und Oost-Aleppo')).toEqual(['aleppo:Ost-Aleppo', 'aleppo:Oost-Aleppo']);
  });

  it.each([
    ['ICRC, CICR, IKRK, Red Cross, Croix-Rouge, Rode Kruis, Kızılhaç', 'icrc', 7],
    ['UN, U.N., ONU, VN, UNO, BM, الأمم المتحدة', 'united-nations', 7],
    ['Bashar al-Assad, Baschar al-Assad, Beşar Esad, بشار الأسد', 'assad', 4],
  ])('finds every name of %j', (text, id, n) => {
    expect(ids(onTopic(text)).filter((x) => x === id)).toHaveLength(n);
  });

  it('matches any case where that is safe, and only there', () => {
    expect(ids('aleppo and ALEPPO')).toEqual(['aleppo', 'aleppo']);
    expect(ids(onTopic('the un said'))).not.toContain('united-nations');
    expect(ids('hama and homs are cities')).toContain('homs');
  });

  it('reads lower-cased corpora (no capital letter at all) case-insensitively, except abbreviations that are words (un, sana)', () => {
    expect(ids('suriye rejiminin askerleri halep te bm')).toEqual(['syrian-government', 'aleppo', 'united-nations']);
    expect(ids('suriye rejiminin askerleri halep te sana dedi un an après')).toEqual(['syrian-government', 'aleppo']);
  });

  it('keeps offsets exact around characters that fold to two or to nothing', () => {
    const text = 'İstanbul: Ba\u0301shar al-Assad in Ḥalab, HALEP, Aleppo';
    for (const m of scanText(detector, text).mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
    expect(found(text)).toContain('aleppo:Aleppo');
  });
});

describe('look-alikes are never mentions', () => {
  it.each([
    ['Hamas and the Bahamas, BAHAMA, Hamas-Bewegung', 'hama'],
    ['Tirana is the capital of Albania', 'iran'],
    ['the ambassador stood by the Fassade', 'assad'],
    ["Sana'a, SANA'A and Sanaa are in Yemen", 'sana'],
    ['un accord, une ville, Un jour', 'united-nations'],
    ['UNESCO, UNHCR and UNICEF', 'united-nations'],
    ['AP&J filed, and the AP poll ranked them', 'associated-press'],
    ['roast turkey and a turkey sandwich', 'turkey'],
    ['the American Red Cross and the Singapore Red Cross', 'icrc'],
    ['the Free Syrian Army attacked', 'syrian-government'],
    ['an amnesty for deserters', 'amnesty'],
    ['a blade of Damascus steel', 'damascus'],
    ['قال حماة الوطن', 'hama'],
    ['الصليب الأحمر اللبناني', 'icrc'],
    ['BM-21 Grad roketleri', 'united-nations'],
    ['Esercito siriano libero, Exército Sírio Livre, Ejército Sirio Libre', 'syrian-government'],
    ['la Croce Rossa Italiana e la Cruz Vermelha Brasileira', 'icrc'],
    ['боевики ИГИЛ и боевиков ИГИЛ; Houthi rebels', 'rebels'],
    ['قالت الحماة إن', 'hama'],
  ])('%j has no %s', (text, id) => {
    expect(ids(onTopic(text))).not.toContain(id);
  });

  it('does not let a product named after a place, or a food, make a page about the article', () => {
    expect(ids('Aleppo pepper, Aleppo pines, savon d\'Alep and Latakia tobacco; the UN and Turkey')).toEqual([]);
    expect(ids('Humus tarifi: nohut ve BM')).toEqual([]);
    expect(ids('Humus kenti ve BM')).toEqual(['homs', 'united-nations']);
  });

  it('resolves a bare Assad to the nearest full name before it', () => {
    const text = 'Hafez al-Assad ruled Syria. In Hama, Assad crushed the revolt.\n\nBashar al-Assad took over. Assad spoke.';
    expect(found(text)).toEqual(['hama:Hama', 'assad:Bashar al-Assad', 'assad:Assad']);
    expect(ids("Rifaat al-Assad's troops in Hama. Assad's brother")).toEqual(['hama']);
    // Spanish writes Asad: bare, it is a common first name elsewhere, so it needs an on-topic page
    expect(found('Bashar al Asad visitó Alepo. El régimen de Asad celebró.')).toEqual(['assad:Bashar al Asad', 'aleppo:Alepo', 'assad:Asad']);
    expect(ids('El ministro Asad habló de la economía.')).toEqual([]);
    // a bare family name before any full name may be anyone's: it does not make a page on-topic
    expect(scanText(detector, 'Omar Assad scored twice for the visitors.').onTopic).toBe(false);
    expect(found('Omar Assad scored twice.\n\nIn Aleppo, Assad spoke.')).toEqual(['assad:Assad', 'aleppo:Aleppo', 'assad:Assad']);
    // a capitalised direction keeps its capital: the verb "est" is not the east
    expect(found("L'évacuation d'Alep est achevée. Alep-Est est vide.")).toEqual(['aleppo:Alep', 'aleppo:Alep-Est']);
    // a bare family name before a capitalised word and a lower-case one: someone's given name
    expect(found('Bashar al Asad visitó Alepo. El ministro Asad Umar habló.')).toEqual(['assad:Bashar al Asad', 'aleppo:Alepo']);
    expect(ids('Aleppo: Assad Vows To Retake The City')).toEqual(['aleppo', 'assad']);
    expect(found('Hafez al Asad gobernó Hama. Asad padre murió.')).toEqual(['hama:Hama']);
  });

  it('treats a file name or a URL fragment as no mention', () => {
    expect(ids(onTopic('see 17alep1.png and Rifaathafezassad.jpg and saudi-un-idUSKCN'))).toEqual(['aleppo']);
  });
});

describe('page relevance', () => {
  it('shows context entities only on a text that mentions an anchor', () => {
    expect(found('Iran beat Qatar 2-0 in the football qualifier; Russia and Turkey drew.')).toEqual([]);
    expect(found('Damascus is a pattern-welded steel. The UN has nothing to do with it.')).toEqual([]);
    expect(ids('Iran and Russia backed the government in Aleppo.')).toEqual(['iran', 'russia', 'aleppo']);
  });

  it('shows earlier context mentions when an anchor arrives in a later block, and says so', () => {
    const page = detector.newPage();
    const first = page.scan('Russia and Iran backed the government.');
    expect(first.becameOnTopic).toBe(false);
    expect(first.mentions.map((m) => page.isShown(m))).toEqual([false, false]);
    const second = page.scan('The army took Aleppo.');
    expect(second.becameOnTopic).toBe(true);
    expect(first.mentions.every((m) => page.isShown(m))).toBe(true);
  });

  it('reads a place\'s bare name in the sense the page gave it (Latakia tobacco, Hama beads, milking) until the war is named', () => {
    expect(scanText(detector, 'My favourite Latakia blend. Latakia is the campfire leaf. Syrian Latakia is a legend.').onTopic).toBe(false);
    expect(scanText(detector, 'Hama beads kit. Hama A/S makes Hama boards.').onTopic).toBe(false);
    expect(scanText(detector, 'حلب الأبقار يوميا. يتم حلب مرتين.').onTopic).toBe(false);
    // a fuller name, a side of the war or another anchor: the place again
    expect(ids('Latakia tobacco is smoky. The Syrian government shelled Latakia.')).toEqual(['syrian-government', 'latakia']);
    expect(ids('Hama beads kit. Meanwhile in eastern Aleppo, Hama was shelled.')).toEqual(['aleppo', 'hama']);
    // a page already about the article is not turned: nor does Aleppo pepper spread (bare Aleppo there is the city)
    expect(ids('Aleppo fell. Latakia tobacco aside, Latakia was calm.')).toEqual(['aleppo', 'latakia']);
    expect(ids('The famous Aleppo soap. Aleppo was bombed for months.')).toEqual(['aleppo']);
    // the war's own words end it too: a report on the port that opens with its tobacco
    expect(ids('Famous for Latakia tobacco, the port city was calm. Latakia was hit by rockets; 12 were killed. Near Latakia, a base.')).toEqual(['latakia', 'latakia']);
  });

  it('does not let a weak name (a common word elsewhere) make a page on-topic', () => {
    expect(found('Esad Bey and Asad are common given names.')).toEqual([]);
  });
});
