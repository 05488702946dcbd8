import { describe, expect, it } from 'vitest';
import { detector, found, ids } from './support/detector.ts';
import { scanText } from '../../core/detect/scan-text.ts';
import { findNumbers } from '../../core/detect/figure-parser.ts';

// From a review on Arabic and Turkish news text (agencies, papers, Wikipedia, columns, abstracts,
// a preprocessed news-classification corpus) and look-alikes in both languages.

const onTopic = (s: string) => `${s} Aleppo.`;
const shownFigures = (text: string) =>
  scanText(detector, text).mentions.filter((m) => m.type === 'figure' && m.shown).map((m) => `${m.id}:${m.surface}`);

describe('numbers with a Turkish case ending or an Arabic accusative', () => {
  it.each([
    ['34 binden fazla', 34_000], ['500 bine yakın', 500_000], ['35 bini aşkın', 35_000], ['25 binin üzerinde', 25_000],
    ['11 milyondan fazla', 11_000_000], ['yarım milyona yakın', 500_000], ['3,5 milyonu aşkın', 3_500_000],
    ['11 مليونا', 11_000_000], ['عشرين مليونا', 20_000_000],
  ])('reads %j as %d', (text, value) => {
    expect(findNumbers(text)[0]?.value).toBe(value);
  });

  it('still reads a bare Arabic dual as two, and Turkish per mille as no thousand', () => {
    expect(findNumbers('مليونا شخص')[0]?.value).toBe(2_000_000);
    expect(findNumbers('binde 5')[0]?.value).toBe(5);
  });

  it('links such numbers to the article figures', () => {
    expect(shownFigures(onTopic('Bir haftada 34 binden fazla kişi tahliye edildi.'))).toEqual(['evacuated-34000:34 binden']);
    expect(shownFigures(onTopic('Savaşta yarım milyona yakın insan öldü.'))).toEqual(['deaths-half-million:yarım milyona']);
    expect(shownFigures(onTopic('6 milyondan fazla kişi yerinden edildi.'))).toEqual(['displaced-millions:6 milyondan']);
  });
});

describe('underscore-joined names (preprocessed corpora)', () => {
  it('reads an underscore as the space between a name\'s words', () => {
    expect(found(onTopic('birleşmiş_milletler genel sekreteri açıkladı.'))).toEqual(['united-nations:birleşmiş_milletler', 'aleppo:Aleppo']);
    expect(found('beşşar_esad  ın güçleri halep  te')).toEqual(['assad:beşşar_esad', 'aleppo:halep']);
  });
});

describe('a four-letter abbreviation inside an all-capitals run', () => {
  it('is not trusted there (Turkish "sana", to you; Sana\'a in a capitals headline)', () => {
    expect(ids('“SANA DEĞER” KLİBİ REKOR KIRDI')).toEqual([]);
    expect(ids('SANA SOKAKLARINDA BÜYÜK ÖFKE')).toEqual([]);
    expect(ids('SANA BİR SIR VERECEĞİM')).toEqual([]);
  });

  it('is trusted in running text, with suffixes, in brackets and in English capitals headlines', () => {
    expect(ids("Resmi haber ajansı SANA'nın aktardığına göre")).toEqual(['sana']);
    expect(ids('Suriye Arap Haber Ajansı (SANA) duyurdu.')).toEqual(['sana', 'sana']);
    expect(ids('SANA SAYS THE ARMY TOOK ALEPPO')).toEqual(['sana', 'aleppo']);
  });

  it('is trusted there when it reads as no word: ICRC, CICR and IKRK after a liveblog time', () => {
    expect(ids('Aleppo. 14:05 GMT ICRC: 34,000 evacuated. 15:10 GMT CICR. MEZ IKRK')).toEqual(['aleppo', 'icrc', 'evacuated-34000', 'icrc', 'icrc']);
  });
});

describe('Arabic and Turkish look-alikes', () => {
  it('reads bare حمص as the chickpea unless the page is about the article; Homs the city is named so', () => {
    expect(ids('طريقة عمل حمص بطحينة وصحن حمص باللحمة')).toEqual([]);
    expect(ids('قصفت قوات النظام ريف حمص الشمالي')).toEqual(['homs']);
    expect(ids('اشتباكات في مدينة حمص')).toEqual(['homs']);
    expect(ids('اشتباكات في حلب وحمص')).toEqual(['aleppo', 'homs']);
  });

  it('shows Ahmad al-Khatib, a common name, only on a page about the article', () => {
    expect(ids('انشق الملازم أحمد الخطيب عن الجيش اللبناني عام 1976')).toEqual([]);
    expect(ids('Kuwaiti politician Ahmad al-Khatib died.')).toEqual([]);
    expect(ids('قال الناشط أحمد الخطيب إن حلب لن تنسى')).toEqual(['ahmad-al-khatib', 'aleppo']);
    expect(ids("Aktivist Ahmed el-Hatib, Halep'ten konuştu.")).toEqual(['ahmad-al-khatib', 'aleppo']);
  });

  it('reads a bare AP as the last of the Associated Press, the European Parliament (Avrupa Parlamentosu) named', () => {
    const text = onTopic("Avrupa Parlamentosu (AP) Halep'i kınadı. AP Genel Kurulu toplandı. Associated Press (AP) muhabiri yazdı.");
    expect(found(text).filter((s) => s.startsWith('associated-press'))).toEqual(['associated-press:Associated Press', 'associated-press:AP']);
  });
});

describe('Arabic and Turkish names', () => {
  it('takes the full name with the father\'s name as Bashar, so a bare family name after it is his', () => {
    expect(found('بشّار حافظ الأسد سياسي سوري. درس الأسد الطب في دمشق.').slice(0, 2)).toEqual(['assad:بشّار حافظ الأسد', 'assad:الأسد']);
    expect(found('Beşşar Hafız Esad, Suriye Devlet Başkanı. Esad Londra\'ya gitti.')).toEqual(['assad:Beşşar Hafız Esad', 'assad:Esad']);
  });

  it('finds the Syrian government in Turkish as Wikipedia spells it and in its forces', () => {
    expect(found(onTopic('Suriye hükûmeti ve Suriye hükümet güçleri; Suriye Silahlı Kuvvetleri\'nin başkomutanı; Suriye rejim güçleri.')).slice(0, 4)).toEqual([
      'syrian-government:Suriye hükûmeti', 'syrian-government:Suriye hükümet', 'syrian-government:Suriye Silahlı Kuvvetleri', 'syrian-government:Suriye rejim',
    ]);
  });

  it('finds the Arabic plural for opposition fighters and Amnesty as the Turkish press shortens it', () => {
    expect(ids(onTopic('قال المعارضون إن فصائل معارضة دخلت المدينة'))).toEqual(['rebels', 'rebels', 'aleppo']);
    expect(ids(onTopic('Af Örgütü açıkladı.'))).toEqual(['amnesty', 'aleppo']);
  });
});

describe('Arabic and Turkish words for the article figures', () => {
  it.each([
    ['قالت الأمم المتحدة إن قرابة 35 ألفا غادروا الأحياء المحاصرة.', 'fled-35000:قرابة 35 ألفا'],
    ['أجبر أكثر من 11 مليونا على ترك منازلهم.', 'displaced-millions:أكثر من 11 مليونا'],
    ['قرابة نصف مليون قتيل، وملايين المهجرين.', 'deaths-half-million:قرابة نصف مليون', 'displaced-millions:وملايين'],
    ['الصراع الذي بدأ بمظاهرات سلمية في عام 2011', 'uprising-2011:2011'],
    ['في مارس 2011 اندلعت احتجاجات شعبية تحولت إلى حرب أهلية.', 'uprising-2011:2011'],
    ['Savaşta ölenlerin sayısı 500 bine yaklaştı.', 'deaths-half-million:500 bine'],
    ['Milyonlarca kişi evlerini terk etmek zorunda kaldı.', 'displaced-millions:Milyonlarca'],
    ['Milyonlarca insan yurdunu terk etti.', 'displaced-millions:Milyonlarca'],
    ["Suriye'de 2011 yılında başlayan protestolar", 'uprising-2011:2011'],
  ])('links %j', (text, ...expected) => {
    expect(shownFigures(onTopic(text))).toEqual(expected);
  });

  it('reads غادر (left) as a word of leaving: the evacuation or the flight, whichever the number agrees with', () => {
    expect(shownFigures(onTopic('غادر أكثر من 34 ألف شخص شرق حلب.'))).toEqual(['evacuated-34000:أكثر من 34 ألف']);
    expect(shownFigures(onTopic('غادر مليونا شخص المدينة.'))).toEqual([]); // a neighbouring count, not linked
  });
});

describe('from a second round of Arabic and Turkish texts', () => {
  it('reads a romanisation with a dot below as its letter (Ḥalab)', () => {
    expect(found('Halep (Arapça: حلب, Ḥalab)')).toEqual(['aleppo:Halep', 'aleppo:حلب', 'aleppo:Ḥalab']);
  });

  it('matches an abbreviation marked * in lower case in a paragraph without capitals, and no other', () => {
    expect(ids('bm insani yardım koordinatörü halep te konuştu')).toEqual(['united-nations', 'aleppo']);
    expect(ids('un an après, la ville d alep')).toEqual(['aleppo']);
    expect(ids('sana söz veriyorum halep')).toEqual(['aleppo']);
    expect(ids(onTopic('Bu bm değil.'))).toEqual(['aleppo']);
  });

  it('reads the Damascus government as the Syrian government, not the city', () => {
    expect(found(onTopic('أعلنت روسيا وحكومة دمشق هدنة، ونظام دمشق يرفض.')).slice(0, 3)).toEqual(['russia:روسيا', 'syrian-government:حكومة دمشق', 'syrian-government:نظام دمشق']);
    expect(found(onTopic('Şam hükümeti açıklama yaptı.'))).toEqual(['syrian-government:Şam hükümeti', 'aleppo:Aleppo']);
  });

  it('finds Beşşar Esed as Sabah and AA spell him', () => {
    expect(found('Beşşar Esed rejimi')).toEqual(['assad:Beşşar Esed']);
  });

  it('blocks Aleppo pine, pepper and soap in Turkish and Arabic, and milking (حلب الأبقار)', () => {
    expect(ids('Halep çamı ormanları yandı; Halep biberi ve Halep sabunu.')).toEqual([]);
    expect(ids('صابون حلب الطبيعي وطرق حلب الأبقار الصحية')).toEqual([]);
  });
});

describe('a count whose reporter the sentence names', () => {
  const linked = (text: string) =>
    scanText(detector, text).mentions.filter((m) => m.type === 'figure').map((m) => `${m.id}:${m.type === 'figure' ? m.comparison : ''}`);

  it('is the figure that reporter gave, though another figure\'s verb tells it', () => {
    expect(linked('وقال المتحدث باسم الأمم المتحدة إن نحو 35 ألف شخص أجلوا من شرق حلب.')).toEqual(['fled-35000:same']);
    expect(linked('The UN said 35,000 people were evacuated from Aleppo.')).toEqual(['fled-35000:same']);
  });

  it('stays the nearest topic\'s figure when that reporter is not named or the count is not its own', () => {
    expect(linked('The ICRC said 35,000 people were evacuated from Aleppo.')).toEqual(['evacuated-34000:close']);
    expect(linked('The UN said 36,000 people were evacuated from Aleppo.')).toEqual(['evacuated-34000:close']);
  });
});

describe('national Red Cross societies, spellings and suffixes', () => {
  it('does not take an Arabic national Red Cross society or the Federation for the ICRC', () => {
    const shown = ids(onTopic('قال الصليب الأحمر الأمريكي والاتحاد الدولي لجمعيات الصليب الأحمر والهلال الأحمر إن الصليب الأحمر الدولي يعمل.'));
    expect(shown).toEqual(['icrc', 'aleppo']);
  });

  it('finds حماه, as Syrian and Lebanese papers also spell Hama, and Turkish Katar with its suffixes', () => {
    expect(ids('اشتباكات في ريف حماه')).toEqual(['hama']);
    expect(ids(onTopic("Katarın ve Katar'ın desteği"))).toEqual(['qatar', 'qatar', 'aleppo']);
  });

  it('takes a long Turkish suffix chain after an apostrophe', () => {
    expect(found("Halep'tekilerin durumu")).toEqual(['aleppo:Halep']);
  });
});
