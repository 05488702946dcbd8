import { describe, expect, it } from 'vitest';
import { found } from './support/detector.ts';

// From a second review on Arabic and Turkish news (wire stories, live pages, explainers,
// vowelled learners' text, reader comments) and off-topic pages of the same outlets.

const onTopic = (s: string) => `${s} Aleppo.`;

describe('li + al (لل) in vowelled Arabic', () => {
  it('reads the prefix past its vowel marks, as in unvowelled text', () => {
    expect(found(onTopic('أَكْبَرُ هَزِيمَةٍ لِلْمُعَارَضَةِ.'))).toEqual(['rebels:لِلْمُعَارَضَةِ', 'aleppo:Aleppo']);
    expect(found(onTopic('الأَمِينُ العَامُّ لِلأُمَمِ المُتَّحِدَةِ.'))).toEqual(['united-nations:لِلأُمَمِ المُتَّحِدَةِ', 'aleppo:Aleppo']);
    expect(found(onTopic('هزيمة للمعارضة.'))).toEqual(['rebels:للمعارضة', 'aleppo:Aleppo']);
  });
});

describe('Arabic names of UN agencies and offices', () => {
  it('are not the UN itself: the office, fund, programme or commission is named before it', () => {
    for (const agency of [
      'مكتب الأمم المتحدة لحقوق الإنسان', 'ومفوضية الأمم المتحدة السامية لشؤون اللاجئين', 'المفوضية السامية للأمم المتحدة لشؤون اللاجئين',
      'صندوق الأمم المتحدة للسكان', 'برنامج الأمم المتحدة الإنمائي', 'وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين',
      'منظمة الأمم المتحدة للطفولة', 'منظمة الأغذية والزراعة للأمم المتحدة',
    ]) expect(found(onTopic(`وقال ${agency} إن الوضع خطير.`))).toEqual(['aleppo:Aleppo']);
  });

  it('still finds the UN itself, its Secretary-General and its envoy', () => {
    expect(found(onTopic('قالت منظمة الأمم المتحدة إن الوضع خطير.'))).toEqual(['united-nations:الأمم المتحدة', 'aleppo:Aleppo']);
    expect(found(onTopic('دعا الأمين العام للأمم المتحدة ومبعوث الأمم المتحدة إلى الهدوء.'))).toEqual([
      'united-nations:للأمم المتحدة', 'united-nations:الأمم المتحدة', 'aleppo:Aleppo',
    ]);
  });
});

describe('a reader comment typed in lower case', () => {
  it('reads names in lower case on a line that starts in lower case under a short header', () => {
    expect(found('Halep düştü.\n\nAyse.Y 2 saat önce\nrusya ve iran olmasa esad coktan gitmisti')).toEqual([
      'aleppo:Halep', 'russia:rusya', 'iran:iran', 'assad:esad',
    ]);
  });

  it('not on a hard-wrapped line that goes on with a sentence begun on a long line above', () => {
    expect(found('Aleppo fell. The family sat down at noon and said that they would serve a big roast\nturkey and potatoes for everyone')).toEqual([
      'aleppo:Aleppo',
    ]);
    expect(found('Aleppo fell.\n\nBayram sofrası\nEsad değil, rusya ve iran')).toEqual(['aleppo:Aleppo', 'assad:Esad']);
  });
});

describe('Turkish bare "muhalefet" beside Turkey\'s parties', () => {
  it('is the parliamentary opposition when a party is named in its sentence or the next', () => {
    expect(found(onTopic('Muhalefet, hükümetin Suriye politikasının iflas ettiğini savunuyor. CHP Genel Başkan Yardımcısı konuştu.'))).toEqual([
      'aleppo:Aleppo',
    ]);
  });

  it('is Syria\'s opposition without a party, as its groups, or as Suriye muhalefeti', () => {
    expect(found(onTopic('Ankara, muhalefete verdiği desteği sürdürüyor.'))).toEqual(['rebels:muhalefete', 'aleppo:Aleppo']);
    expect(found(onTopic('Muhalefet grupları geri çekildi, CHP ise açıklama yaptı.'))).toEqual(['rebels:Muhalefet', 'aleppo:Aleppo']);
    expect(found(onTopic('CHP lideri Suriye muhalefeti ile görüştü.'))).toEqual(['rebels:muhalefeti', 'aleppo:Aleppo']);
  });
});

describe('a Turkish headline in capitals', () => {
  it('reads a case suffix in capitals after a name in capitals', () => {
    expect(found("ESAD'IN ZAFERİ: HALEP'TE SON OTOBÜSLER. RUSYA VE İRAN DESTEĞİ")).toEqual([
      'assad:ESAD', 'aleppo:HALEP', 'russia:RUSYA', 'iran:İRAN',
    ]);
    expect(found("HAMA'DA ÇATIŞMA, HALEP'TEKİLER KAÇIYOR")).toEqual(['hama:HAMA', 'aleppo:HALEP']);
  });

  it('not a vowel suffix without its buffer letter after a vowel (SANA\'A is Sanaa), nor a capital suffix after a lower-case name', () => {
    expect(found("SANA'A: HOUTHIS SEIZE UN COMPOUND")).toEqual([]);
    expect(found(onTopic("Hama'DA"))).toEqual(['aleppo:Aleppo']);
  });
});

describe('Arabic look-alikes of the article\'s names', () => {
  it('حلب before a milking animal is milking, and later bare uses on that page make it no more about Aleppo', () => {
    expect(found('يبدأ الراعي حلب الناقة صباحاً، ثم حلب البقرة مساءً، وحلب الإبل أصعب.')).toEqual([]);
  });

  it('a one-word name after an Arabic word of calling or address is a person\'s given name (the singer Sana)', () => {
    expect(found('الفنانة سانا موسى تطلق أغنية جديدة. وقالت سانا إن الأغنية عن الحب.')).toEqual([]);
    expect(found('دمشق-سانا: ذكرت سانا أن الجيش دخل حلب.')).toEqual(['damascus:دمشق', 'sana:سانا', 'sana:سانا', 'aleppo:حلب']);
  });
});

describe('another country\'s opposition in Arabic and Turkish', () => {
  it('is not Syria\'s with an Arabic nation adjective after it or a Turkish nation word before it', () => {
    expect(found(onTopic('وانتقدت المعارضة التركية سياسة أنقرة، ودعت المعارضة الإيرانية إلى التظاهر، وتقدمت الفصائل العراقية.'))).toEqual(['aleppo:Aleppo']);
    expect(found(onTopic('Türk muhalefeti ve İran muhalefeti açıklama yaptı, Libyalı isyancılar da.'))).toEqual(['iran:İran', 'aleppo:Aleppo']);
  });

  it('is Syria\'s when the adjective or the word before is Syria\'s, or a Turkmen\'s', () => {
    expect(found(onTopic('قالت المعارضة السورية إن المعركة مستمرة، وكذلك المعارضة التركمانية.'))).toEqual([
      'rebels:المعارضة السورية', 'rebels:المعارضة', 'aleppo:Aleppo',
    ]);
    expect(found(onTopic('Suriyeli muhalifler ve Türkmen muhalifler geri çekildi.'))).toEqual(['rebels:muhalifler', 'rebels:muhalifler', 'aleppo:Aleppo']);
  });
});

describe('Belarus, "White Russia"', () => {
  it('is not Russia in Arabic, Turkish, Dutch, English or Italian', () => {
    expect(found(onTopic('وصل وفد من روسيا البيضاء.'))).toEqual(['aleppo:Aleppo']);
    expect(found(onTopic("Beyaz Rusya'dan yardım geldi, Beyaz Rusya Devlet Başkanı konuştu."))).toEqual(['aleppo:Aleppo']);
    expect(found(onTopic('De president van Wit-Rusland, once White Russia, or Russia Bianca.'))).toEqual(['aleppo:Aleppo']);
  });

  it('leaves Russia itself', () => {
    expect(found(onTopic("وصل وفد من روسيا. Rusya'dan yardım geldi."))).toEqual(['russia:روسيا', 'russia:Rusya', 'aleppo:Aleppo']);
  });
});
