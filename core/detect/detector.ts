import type { EntityId, PackEntity, PackFigure } from '../pack/schema.ts';

/** What the detector needs of the pack (the content script ships only this part of it). */
export type DetectorEntity = Pick<PackEntity, 'id' | 'name' | 'kind' | 'tier'>;
export type DetectorFigure = Pick<PackFigure, 'id' | 'value' | 'qualifier' | 'unit' | 'topic' | 'reportedBy'> & { derived?: boolean };
export interface DetectorPack {
  entities: DetectorEntity[];
  figures: DetectorFigure[];
}
import { findNumbers, type NumberMention } from './figure-parser.ts';
import { isStop, SENTENCE_REACH, sentenceAround, sentenceEnd } from './sentences.ts';
import { arabicTitleBefore, elderAround, givenNames, kinAround, namesakeWithYears, surnameAfter, titledPersonBefore } from './person-cues.ts';
import { measuresOther } from './units.ts';
import { classOf, foldString, isLetterDigitOrMark, isSpaceCode, WORD } from './fold.ts';
import { compareFigure, verdict } from './figure-link.ts';
import { isEntityId, type Pattern, type Topic } from './lexicon.ts';
import { Matcher, type RawMatch } from './matcher.ts';
import { agencyNear, familyOfSomeoneNear, givenNameBefore, otherSenseNear, syriaNear } from './match-rules.ts';
import { BlockReading, CLAUSE_PUNCTUATION, countedElsewhere, SYRIAN_SIDES } from './counted-elsewhere.ts';
import { entityIn } from './mention-search.ts';
import { lowerBound } from './lower-bound.ts';
import { loadPatterns, type CompiledDetector } from './compiled.ts';
import { isShownOn, type BlockScan, type Comparison, type Detector, type EntityMention, type FigureMention, type Mention, type PageContext, type PageScanner } from './types.ts';

interface TopicHit { topic: Topic; start: number; end: number }

/**
 * The article's figures a topic word's numbers may count, and whether only a number that agrees
 * with one of them (same or close) is linked. Being displaced is told with the words for fleeing
 * too (op de vlucht, auf der Flucht: millions are the displaced). Words of leaving (salieron,
 * покинули) tell the evacuation and the flight alike, and words for lives tell deaths and rescues
 * alike ("coûté la vie à 500 000", "sauvé la vie de 600 000 enfants"): a number there counts the
 * figure it agrees with, and one that agrees with none is another count.
 */
const LINKS: Record<Topic, { figures: readonly Topic[]; agreeOnly?: true }> = {
  evacuation: { figures: ['evacuation'] },
  flight: { figures: ['flight', 'displacement'] },
  deaths: { figures: ['deaths'] },
  displacement: { figures: ['displacement'] },
  uprising: { figures: ['uprising'] },
  departure: { figures: ['evacuation', 'flight'], agreeOnly: true },
  lives: { figures: ['deaths'], agreeOnly: true },
};

const HAS_DIGIT = /[0-9\u0660-\u0669\u06f0-\u06f9]/;

/**
 * A detector from the detector compiled at build time (cheap to load), or from patterns compiled
 * from the lexicon (`detectorFromLexicon`, for the scan command and the tests: the content script
 * does not ship the lexicon compiler). Each page then gets its own scanner with its own context.
 */
export function createDetector(pack: DetectorPack, source: CompiledDetector | readonly Pattern[]): Detector {
  const patterns = Array.isArray(source) ? source : loadPatterns(source as CompiledDetector);
  const matcher = new Matcher(patterns);
  const given = givenNames(patterns);
  const entities = new Map<string, DetectorEntity>(pack.entities.map((e) => [e.id, e]));
  // each topic's figures, in the order they are tried (listed once here: this is asked for every topic word)
  const own = pack.figures.filter((f) => !f.derived);
  const figuresByTopic = new Map<string, DetectorFigure[]>(
    Object.entries(LINKS).map(([topic, l]) => [topic, l.figures.flatMap((t) => own.filter((f) => f.topic === t))]),
  );
  // of those, the counts a number in the sentence after its topic word may be (see Page.linkBack)
  const countsByTopic = new Map<string, DetectorFigure[]>([...figuresByTopic].map(([topic, fs]) => [topic, fs.filter(isCount)]));
  // figures an entity of the pack reported (the ICRC's 34,000, the UN's 35,000)
  const reported = pack.figures.filter((f) => !f.derived && isEntityId(f.reportedBy));
  return { newPage: (context) => new Page(matcher, entities, figuresByTopic, countsByTopic, reported, given, context) };
}

class Page implements PageScanner {
  onTopic = false;
  /** Who a bare family name ("Assad") means: the last full name seen, per shadowed entity. */
  private readonly family = new Map<EntityId, string>();

  private readonly matcher: Matcher;
  private readonly entities: Map<string, DetectorEntity>;
  private readonly figuresByTopic: Map<string, DetectorFigure[]>;
  private readonly countsByTopic: Map<string, DetectorFigure[]>;
  private readonly reported: readonly DetectorFigure[];
  private readonly given: ReadonlySet<string>;
  /** The rest of the sentence of a relative named again (see entityMention's 'other'), in the block scanned (cleared by scan). */
  private relativeSentence?: { from: number; to: number };

  constructor(
    matcher: Matcher,
    entities: Map<string, DetectorEntity>,
    figuresByTopic: Map<string, DetectorFigure[]>,
    countsByTopic: Map<string, DetectorFigure[]>,
    reported: readonly DetectorFigure[],
    given: ReadonlySet<string>,
    context?: PageContext,
  ) {
    this.matcher = matcher;
    this.entities = entities;
    this.figuresByTopic = figuresByTopic;
    this.countsByTopic = countsByTopic;
    this.reported = reported;
    this.given = given;
    if (context) {
      this.onTopic = context.onTopic;
      for (const [k, v] of context.family) this.family.set(k as EntityId, v);
    }
  }

  isShown(m: Mention): boolean {
    return isShownOn(this.onTopic, m);
  }

  context(): PageContext {
    return { onTopic: this.onTopic, family: [...this.family] };
  }

  scan(text: string): BlockScan {
    const was = this.onTopic;
    // (offsets into the last block: nothing of it holds in this one, even where its text is the same)
    this.relativeSentence = undefined;
    const mentions: Mention[] = [];
    const topics: TopicHit[] = [];
    const numberWords: number[] = [];
    const unsure: EntityMention[] = [];
    this.matcher.scan(text, (m) => {
      if (m.pattern.kind === 'number') numberWords.push(m.start);
      const mention = this.entityMention(m, text, topics, unsure);
      if (mention) mentions.push(mention);
    });
    if (unsure.length) this.warNear(text, unsure, topics);
    // Figures need a number: most blocks with a topic word ("war", "killed") have none.
    if (topics.length && (numberWords.length || HAS_DIGIT.test(text))) {
      const figures = withoutOverlaps(this.figureMentions(text, topics, numberWords, mentions), mentions);
      if (figures.length) {
        if (figures.some((f) => f.tier === 'anchor')) this.onTopic = true;
        return { mentions: mergeByStart(mentions, figures), becameOnTopic: !was && this.onTopic };
      }
    }
    return { mentions, becameOnTopic: !was && this.onTopic };
  }

  private entityMention({ pattern: p, start, end }: RawMatch, text: string, topics: TopicHit[], unsure: EntityMention[]): EntityMention | undefined {
    switch (p.kind) {
      case 'blocker':
        // A place's name in another sense (Aleppo pepper, Hama beads, Latakia tobacco) on a page not
        // yet about the article: the page's bare uses of it may be that sense too ("Marash pepper
        // instead of Aleppo", "Hama boards"), so they do not make the page about the article
        if (isEntityId(p.target) && !this.onTopic && this.family.get(p.target) === undefined) this.family.set(p.target, OTHER_SENSE);
        return undefined;
      case 'number':
        return undefined;
      case 'topic':
        topics.push({ topic: p.target as Topic, start, end });
        // the war's own words (evacuated, fled, killed, displaced) end the other senses too
        if (WAR_TOPICS.has(p.target)) this.endPlaceShadows('');
        return undefined;
      case 'other':
        // "zijn vader Hafez al-Assad", "the second son of Hafez al-Assad": on a page whose bare
        // family name is the article's person, a relative named as such is a side figure and does
        // not take the name over ("Assad studeerde ..." goes on about Bashar), nor when the page
        // names the relative again without the word ("Po śmierci Hafiza al-Asada ... rządom Asada")
        if (p.shadows && this.family.get(p.shadows) === p.shadows) {
          const relative = (RELATIVE + p.target) as EntityId;
          if (this.family.has(relative) || kinAround(text, start, end)) {
            // named again, the relative still takes the bare name for the rest of its own sentence
            // ("Hafez al-Assad crushed the Hama revolt in 1982, and Assad's troops killed thousands")
            if (this.family.has(relative)) this.relativeSentence = { from: end, to: sentenceEnd(text, end, end) };
            this.family.set(relative, p.target);
            return undefined;
          }
        }
        if (p.shadows) this.family.set(p.shadows, p.target);
        return undefined;
    }
    if (!isEntityId(p.target)) return undefined;
    const entity = this.entities.get(p.target);
    if (!entity) return undefined;
    let otherSense = false;
    // (Syria named near the name is asked by up to three rules below: read once, and only if asked)
    let near: boolean | undefined;
    const nearSyria = () => (near ??= syriaNear(text, start, end, entity.id));
    if (p.family) {
      const given = this.given.has(`${entity.id} ${p.folded}`);
      // "Bashar Warda, the archbishop", "Bashar Jaafari told": a given name alone before a
      // capitalised word that is not a title-case headline's is someone else's first name
      if (given && surnameAfter(text, end)) return undefined;
      // "the elder Assad", "الأسد الأب": the father or the uncle, never the article's person
      if (!given && elderAround(text, start, end)) return undefined;
      // "Talal Asad (* 1932)", "Assad Ali (* 1937)": a namesake in a list of people with their years
      if (!/[\s-]/.test(p.folded) && namesakeWithYears(text, start, end)) return undefined;
      const r = this.relativeSentence;
      if (!given && r && start >= r.from && start < r.to) return undefined;
      const who = this.family.get(entity.id);
      if (who !== undefined && who !== entity.id) {
        // "Hafez al-Assad ... Bashar succeeded him": a given name is no relative's family name, so it
        // is the article's person, and the page's bare family name is his again
        if (who === OTHER_SENSE || who.startsWith(PERSON) || !given) return undefined;
        this.family.set(entity.id, entity.id);
      }
    } else {
      // A name that is the family name of the other person last named is hers: "Simona Halep ...
      // Halep won" is the tennis player, not Aleppo (as a bare "Assad" after Hafez al-Assad is Hafez)
      const who = this.family.get(entity.id);
      if (who !== undefined && who !== entity.id && who !== OTHER_SENSE && familyNameOf(who) === p.folded) return undefined;
      // "Dr Elena Homs", "Prof. Halep", "Bar-Hama": a place's one-word name after a title of address
      // (and a given name) or a patronymic particle is that person's family name, and so are the
      // page's later bare uses of it, as after "Simona Halep", until the page names the war
      // (and "Joan Homs (1901–1978)": a place's name as a namesake's surname, with his years)
      if (!/[\s-]/.test(p.folded) && ((entity.kind === 'place' && (titledPersonBefore(text, start) || namesakeWithYears(text, start, end))) || arabicTitleBefore(text, start))) {
        this.family.set(entity.id, `${PERSON} ${text.slice(start, end)}`);
        return undefined;
      }
      // a place's name beside a word of its other sense (pipe tobacco: "miscele con Latakia") on a
      // page not yet about the article is that sense, as after a blocker, and spreads like one
      if (!this.onTopic && entity.kind === 'place' && otherSenseNear(entity.id, text, start, end, nearSyria)) {
        this.family.set(entity.id, OTHER_SENSE);
        return undefined;
      }
      // (a fuller name, "eastern Aleppo", "Ost-Aleppo", is the place whatever came before)
      otherSense = who === OTHER_SENSE && !/[\s-]/.test(p.folded);
      if (!otherSense) this.family.set(entity.id, entity.id);
    }
    // A bare family name before any full name may be anyone's ("Omar Assad scored"): it is shown
    // on a page that is about the article, but does not make one so. Nor does a name that is also a
    // brand, a product or a model (Hama beads, the electronics maker Hama, Latakia tobacco, NVIDIA's
    // SANA) where nothing near it names Syria (or, for the agency, calls it one).
    const farFromSyria = p.nearSyria && !this.onTopic && !nearSyria() && !agencyNear(text, start, end);
    // ... unless Syria or its war is named near it, and no given name stands before it: "Syrien:
    // fast 500.000 Tote, Assad bleibt" is about the article's Assad, "Omar Assad scored" is not
    const unnamed = p.family && !this.family.has(entity.id);
    // (nor where the paragraph writes the name after someone else's given name: "Maria Assad said")
    const syrian = unnamed && !givenNameBefore(text, start) && nearSyria() && !familyOfSomeoneNear(text, start, end, (g) => this.given.has(`${entity.id} ${foldString(g)}`));
    if (syrian) this.family.set(entity.id, entity.id);
    const tier = (p.weak && !syrian) || otherSense || (unnamed && !syrian) || farFromSyria ? 'context' : entity.tier;
    // The person and the other senses last until the page names Syria's war: a sports ticker's
    // "Simona Halep" above a story about Aleppo does not make the story's Halep hers, nor a tobacco's
    // name the port's. Named by a strong mention: an anchor that counts as one, or a side of the war
    // by a name of more than one word (not the "opposition" of any country's politics).
    if (tier === 'anchor' || (SYRIAN_SIDES.has(entity.id) && !p.weak && /\s/.test(p.folded))) this.endPlaceShadows(entity.id);
    if (tier === 'anchor') this.onTopic = true;
    const mention: EntityMention = { type: 'entity', id: entity.id, kind: entity.kind, tier, alias: p.text, lang: p.lang, start, end, surface: text.slice(start, end) };
    // the war's words may come after the name, in the same block (see warNear)
    if (farFromSyria && tier !== entity.tier && !p.weak && !otherSense && !p.family) unsure.push(mention);
    return mention;
  }

  /**
   * A brand's or a product's place name (Hama, Latakia) far from Syria's name is the place after
   * all where the war's own words (killed, evacuated, fled) stand within reach of it in its
   * paragraph, before or after it: "Latakia was hit by rockets; 12 were killed".
   */
  private warNear(text: string, unsure: readonly EntityMention[], topics: readonly TopicHit[]): void {
    for (const m of unsure) {
      // only the topic words within reach, found by binary search (topics are in text order: a
      // hostile block may hold thousands of them and of such names)
      let war = false;
      for (let i = lowerBound(topics.length, (k) => topics[k]!.end < m.start - WAR_REACH); i < topics.length && topics[i]!.start <= m.end + WAR_REACH && !war; i++) {
        const t = topics[i]!;
        if (!WAR_TOPICS.has(t.topic)) continue;
        const [a, b] = t.start < m.start ? [t.end, m.start] : [m.end, t.start];
        war = b - a <= WAR_REACH && !text.slice(a, b).includes('\n\n');
      }
      if (!war) continue;
      m.tier = this.entities.get(m.id)!.tier;
      if (m.tier === 'anchor') {
        this.onTopic = true;
        this.endPlaceShadows(m.id);
      }
    }
  }

  /** Places read as a person's family name (Halep after Simona Halep) are places again. */
  private endPlaceShadows(except: string): void {
    for (const [id, who] of this.family) if (id !== except && who !== id && this.entities.get(id)?.kind === 'place') this.family.set(id, id);
  }

  /** Numbers in the sentences around topic words, linked to the article's figure on that topic. */
  private figureMentions(text: string, topics: TopicHit[], numberWords: readonly number[], entities: readonly Mention[]): FigureMention[] {
    const out: FigureMention[] = [];
    const reading = new BlockReading(text, entities);
    const commas = commasIn(text, 0, text.length);
    // Topic hits arrive in text order: walk sentences once, each with the hits inside it.
    for (let h = 0; h < topics.length; ) {
      const group = h;
      const [s, first] = sentenceAround(text, topics[h]!.start, topics[h]!.end);
      let e = first;
      const near: TopicHit[] = [];
      while (h < topics.length && topics[h]!.start < e) {
        const t = topics[h++]!;
        near.push(t);
        // A sentence longer than the reach was cut a reach after the first topic word: a later one
        // reaches on to its own cut (a lower-cased corpus without full stops, a long list joined by
        // semicolons). No sentence ends before the cut: search from there.
        if (t.end + SENTENCE_REACH > e) e = sentenceEnd(text, Math.max(t.end, e), t.end);
      }
      // A figure is large: written with digits or with a word such as "thousand". Whether a sentence
      // is parsed then depends on that sentence only, not on the rest of its block.
      if (hasDigit(text, s, e) || anyWithin(numberWords, s, e)) this.sentenceFigures(reading, s, e, first, near, topics, group, out, commas);
      // The sentences right after this one that hold no topic word: a number there may count what
      // this one named ("Viele Menschen sind gestorben. Es sind fast 500-tausend."), unless this one
      // counts another place's people: what follows counts them too ("Украину покинули ... Еще около
      // двух миллионов стали ..."). What this one counts is told by its topic words, so they stand
      // for the count, as a number does in its own sentence: a place after a comma ("were evacuated,
      // a spokesman from Geneva said") or a frame a reporting word follows ("In Geneva, the UN said
      // ... had fled") is not where they were counted. (The whole sentence as the count's span made
      // every place and frame of it the count's, and read the word after the sentence's end as its noun.)
      const last = near[near.length - 1]!;
      if (!countedElsewhere(reading, s, e, near[0]!.start, last.end, false)) this.followingSentences(text, e, last.end, h < topics.length ? topics[h]!.start : text.length, topics, h, numberWords, out);
    }
    return out;
  }

  /** The figures of the sentence [s, e) (cut at `first` unless a later topic word reaches on) whose topic words are `near`. */
  private sentenceFigures(reading: BlockReading, s: number, e: number, first: number, near: TopicHit[], topics: TopicHit[], group: number, out: FigureMention[], commas: readonly number[]): void {
    const { text, entities } = reading;
    // a number whose own sentence says what it counts (34.000 Tote) counts nothing before it
    const warOnly = near.every((t) => t.topic === 'uprising');
    const numbers = findNumbers(text.slice(s, e));
    // a count inside a count needs two numbers and a comma or semicolon (the page's, in order) between them
    const split = numbers.length > 1 && commas.length > 0;
    for (const n of numbers) {
      const start = s + n.start;
      const end = s + n.end;
      if (measuresOther(text, start, end)) continue;
      // context is local: only the topic words within reach of the number, less those that count
      // another number of a later clause ("8 million need aid, including 2.5 million living as refugees")
      const all = byClauseDistance(text, withinReach(near, start, end), start, end);
      const byDistance = split ? all.filter((t) => !countsAnother(text, t, start, end, numbers, s, commas)) : all;
      const linked = this.link(n, byDistance, text, start, end);
      if (!linked) {
        const back = warOnly ? this.linkBack(n, text, start, end, s, topics, group) : undefined;
        if (back) out.push(back);
        continue;
      }
      if (linked.f.qualifier === 'at-least' && isPopulation(text, start, end, s, linked.t)) continue;
      let { f, c } = linked;
      // The number's sentence is the window, or in a sentence longer than the reach, the reach of
      // the topic word it counts.
      const t = linked.t;
      const [ts, te] = e === first ? [s, e] : [Math.min(start, Math.max(s, t.start - SENTENCE_REACH)), Math.max(end, Math.min(e, t.end + SENTENCE_REACH))];
      // "The UN said 35,000 were evacuated": a count equal to the figure whose reporter the
      // sentence names is that figure, though its verb is another's (the ICRC's 34,000 evacuated)
      if (c !== 'same') {
        const alt = this.reported.find((g) => g !== f && compareFigure(n, g) === 'same' && entityIn(entities, ts, te, (m) => m.id === g.reportedBy));
        if (alt) {
          f = alt;
          c = 'same';
        }
      }
      // A count alone does not say which war it is (34,000 were evacuated from a flood too): it
      // makes a page on-topic only when its sentence also names a place or person of the article.
      // Not whoever reported the article's number: the UN and the ICRC count those who flee every
      // war and flood ("about 35,000 people fled Hodeidah, the UN said" is Yemen).
      // A piece that sets another war beside Aleppo's ("Some 34,000 people fled the eastern districts
      // of Mosul"): a count its sentence says comes from a place the detector does not know, in a
      // paragraph that names neither Syria nor a place, person or side of the article, is that war's.
      if (countedElsewhere(reading, ts, te, start, end, f.unit === 'year')) continue;
      const tier = c !== 'different' && f.qualifier !== 'at-least' && f.unit !== 'year' && entityIn(entities, ts, te, isAnchor) ? 'anchor' : 'context';
      out.push({ type: 'figure', id: f.id, value: n.value, comparison: verdict(c, n, f), tier, start, end, surface: text.slice(start, end) });
    }
  }

  /**
   * Numbers in the sentences after a topic word's sentence, up to the next topic word and within
   * BACK_REACH of the last one, read as in `linkBack`.
   */
  private followingSentences(text: string, from: number, lastTopicEnd: number, next: number, topics: TopicHit[], h: number, numberWords: readonly number[], out: FigureMention[]): void {
    let pos = from;
    while (pos < next) {
      let q = pos;
      while (q < next && !isLetterDigitOrMark(text.charCodeAt(q))) q++;
      if (q >= next || q - lastTopicEnd > BACK_REACH) return;
      const e = sentenceEnd(text, q, q);
      // a sentence that holds the next topic word is read with it
      if (e > next) return;
      if (hasDigit(text, q, e) || anyWithin(numberWords, q, e)) {
        for (const n of findNumbers(text.slice(q, e))) {
          if (measuresOther(text, q + n.start, q + n.end)) continue;
          const back = this.linkBack(n, text, q + n.start, q + n.end, q, topics, h);
          if (back) out.push(back);
        }
      }
      pos = e + 1;
    }
  }

  /**
   * A number whose sentence has no topic word of its own (but the war's) may count what the sentence
   * before it named, when it agrees with that count (the same or a close one): "L'ONU compte les morts depuis
   * cinq ans. Près de 500 000", "Im Krieg sind viele Menschen gestorben. Fachleute schätzen: Es sind
   * fast 500-tausend.", "the evacuation of approx. 34,000". Not a year (a war's later dates follow
   * the sentence of its start: "Am 1. Juli 2011 demonstrierten ...") nor the open-ended millions,
   * which any large number after a sentence on the displaced agrees with ("13.5 million people need
   * assistance"). The nearest topic words before its sentence, within BACK_REACH, are tried; such a
   * figure never makes a page on-topic.
   */
  private linkBack(n: NumberMention, text: string, start: number, end: number, sentenceStart: number, topics: TopicHit[], before: number): FigureMention | undefined {
    // the text from `checked` to the sentence holds no heading's line end (each character read once)
    let checked = sentenceStart;
    for (let k = before - 1; k >= 0; k--) {
      const t = topics[k]!;
      if (t.end > sentenceStart) continue;
      if (sentenceStart - t.end > BACK_REACH || headingBetween(text, t.end, checked)) return undefined;
      checked = t.end;
      // an answer reads its question's topic words as its own, a year too ("When did the uprising
      // begin?⏎In March 2011.", "¿Cuándo empezó la guerra? En 2011.")
      const agreed = agreeing(n, (answersQuestionOf(text, t.end, sentenceStart) ? this.figuresByTopic : this.countsByTopic).get(t.topic) ?? []);
      if (!agreed || negated(text, t.start)) continue;
      return { type: 'figure', id: agreed.f.id, value: n.value, comparison: verdict(agreed.c, n, agreed.f), tier: 'context', start, end, surface: text.slice(start, end) };
    }
    return undefined;
  }

  /** The article's figure a number at [start, end) counts, by the nearest topic word that has one. */
  private link(n: NumberMention, byDistance: TopicHit[], text: string, start: number, end: number): { f: DetectorFigure; c: Comparison; t: TopicHit } | undefined {
    for (const t of byDistance) {
      if (LINKS[t.topic].agreeOnly) {
        // and not when negated ("35.000 Menschen, die ihre Häuser nicht verlassen konnten")
        const agreed = agreeing(n, this.figuresByTopic.get(t.topic) ?? []);
        if (agreed && !negated(text, t.start)) return { ...agreed, t };
        continue;
      }
      let bound: boolean | undefined;
      for (const f of this.figuresByTopic.get(t.topic) ?? []) {
        const c = compareFigure(n, f);
        if (c === undefined) continue;
        // A number that disagrees is linked only when it directly counts the event
        // ("50,000 evacuated", "evacuation of 50,000"), not when it merely shares a sentence.
        if (c === 'different' && !(bound ??= boundTogether(text, t, start, end))) continue;
        return { f, c, t };
      }
      // A count of deaths counts nothing else: one that directly counts a death word and is far from
      // the toll ("an estimated 31,000 people killed in Aleppo governorate") is another toll, not the
      // evacuation a topic word farther off tells (one a citation marker glued on), unless another
      // topic word counts it as directly ("d'un demi-million de morts et plus de douze millions de
      // déplacés"). A year may still be another's ("the 2011 uprising killed ...").
      if (t.topic === 'deaths' && !n.year && countsDeaths(text, t, start, end) && !byDistance.some((o) => o !== t && o.topic !== 'deaths' && boundTogether(text, o, start, end))) return undefined;
    }
    return undefined;
  }
}

/** Words that negate the verb after them: "nicht verlassen", "n'ont pas quitté", "no salieron", "не покинули". */
const NEGATIONS = new Set(['not', 'never', 'nicht', 'nie', 'kein', 'keine', 'niet', 'pas', 'jamais', 'no', 'nunca', 'non', 'não', 'nao', 'не', 'ни']);

/** Whether the word right before `start` negates the word at `start`. */
function negated(text: string, start: number): boolean {
  let j = start - 1;
  while (j >= 0 && isSpaceCode(text.charCodeAt(j))) j--;
  const e = j + 1;
  while (j >= 0 && classOf(text.charCodeAt(j)) === WORD && e - j <= 8) j--;
  return e - j - 1 <= 6 && NEGATIONS.has(text.slice(j + 1, e).toLowerCase());
}

/** In the page's family map: a person named with a title, whose family name is a place's (see TITLED). */
const PERSON = '~person';

/** In the page's family map: a person the page named as a relative of the one its bare family name means. */
const RELATIVE = '~relative ';

/** In the page's family map: the place's name was last read in another sense (a product, a tobacco). */
const OTHER_SENSE = '~other-sense';

const WAR_TOPICS = new Set(['evacuation', 'flight', 'deaths', 'displacement']);
/** How far from a brand's place name the war's words make it the place (as Syria's name does: SYRIA_REACH). */
const WAR_REACH = 200;

const familyNames = new Map<string, string>();
/** The folded last word of a person's name ("Simona Halep": "halep"); cached (a label recurs with each mention), bounded (labels come from pages). */
function familyNameOf(label: string): string {
  let v = familyNames.get(label);
  if (v === undefined) {
    if (familyNames.size > 1024) familyNames.clear();
    familyNames.set(label, (v = foldString(label.slice(label.lastIndexOf(' ') + 1))));
  }
  return v;
}

/**
 * Whether a line between `from` and `to` ends without a stop or colon: a heading ("Aleppo
 * evacuated⏎34,000 fans watched the match") does not carry on into the line after it, as a sentence
 * ("Viele Menschen sind gestorben.⏎Fachleute schätzen:⏎Es sind fast 500-tausend.") does.
 */
function headingBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) !== 0x0a) continue;
    // (back to the topic word at most: a line it ends without a stop is a heading)
    let j = i - 1;
    while (j >= from && isSpaceCode(text.charCodeAt(j))) j--;
    const c = text.charCodeAt(j);
    if (!isStop(c) && c !== 0x3a && c !== 0x2026) return true;
  }
  return false;
}

/**
 * Whether the sentence at `sentenceStart` answers a question that a topic word ending at `from`
 * stands in: only white space lies between the question mark and the answer, and nothing ends the
 * question between the topic word and its mark.
 */
function answersQuestionOf(text: string, from: number, sentenceStart: number): boolean {
  let j = sentenceStart - 1;
  while (j >= from && isSpaceCode(text.charCodeAt(j))) j--;
  const c = text.charCodeAt(j);
  if (j < from || (c !== 0x3f && c !== 0x61f)) return false;
  for (let i = from; i < j; i++) {
    const d = text.charCodeAt(i);
    if (d === 0x0a || isStop(d)) return false;
  }
  return true;
}

/** A figure that counts people at one point: not a year, nor an open-ended "millions". */
const isCount = (f: DetectorFigure) => f.unit !== 'year' && f.qualifier !== 'at-least';

/** Of `figures`, the one the number agrees with: the same count before a close one, the closest of those. */
function agreeing(n: NumberMention, figures: readonly DetectorFigure[]): { f: DetectorFigure; c: Comparison } | undefined {
  let best: { f: DetectorFigure; c: Comparison; off: number } | undefined;
  for (const f of figures) {
    const c = compareFigure(n, f);
    if (c !== 'same' && c !== 'close') continue;
    const off = c === 'same' ? 0 : Math.abs(n.value - f.value) / f.value;
    if (!best || off < best.off) best = { f, c, off };
  }
  return best && { f: best.f, c: best.c };
}

const isAnchor = (m: Mention) => m.tier === 'anchor';
/** Two lists of mentions in text order as one (no spread: a hostile block has a hundred thousand). */
function mergeByStart(a: readonly Mention[], b: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i]!.start <= b[j]!.start) ? a[i++]! : b[j++]!);
  return out;
}

/** Whether any of the positions (in text order) is in [s, e), found by binary search. */
function anyWithin(positions: readonly number[], s: number, e: number): boolean {
  const i = lowerBound(positions.length, (k) => positions[k]! < s);
  return i < positions.length && positions[i]! < e;
}

function hasDigit(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9)) return true;
  }
  return false;
}

/** Figures that overlap no entity mention; both lists are in text order. */
function withoutOverlaps(figures: FigureMention[], entities: readonly Mention[]): FigureMention[] {
  const out: FigureMention[] = [];
  let k = 0;
  for (const f of figures) {
    while (k < entities.length && entities[k]!.end <= f.start) k++;
    if (k < entities.length && entities[k]!.start < f.end) continue;
    if (out.length && out[out.length - 1]!.end > f.start) continue;
    out.push(f);
  }
  return out;
}

/** "prewar population of", "population de", "Bevölkerung von", "bevolking van", right before a number; the word before it. */
const POPULATION_BEFORE = /(?:(\p{L}+)\s+)?(?:population|Bevölkerung|Einwohnerzahl|bevolking|inwonertal)\s+(?:of|de|d['’]|von|van)\s*$/iu;
/** "22 millones de habitantes", "21 millions d'habitants", "22 Millionen Einwohner", "22 مليون نسمة" */
const POPULATION_AFTER = /^\s+(?:de\s+|d['’]\s*)?(?:inhabitants|habitantes|habitants|Einwohner(?:n|innen)?|inwoners|abitanti|نسمة)(?![\p{L}\p{M}])/iu;

/**
 * A whole population is not a count of the people affected (millions displaced): "displaced half
 * the country's prewar population of 23 million", "die Hälfte der Bevölkerung von 21 Millionen
 * vertrieben", "tenía 22 millones de habitantes". Unless the topic word names that population ("an
 * internally displaced population of 6.6 million") or counts its inhabitants ("6 millions
 * d'habitants ont fui").
 */
function isPopulation(text: string, start: number, end: number, from: number, t: TopicHit): boolean {
  const slice = Math.max(from, start - 60);
  const before = POPULATION_BEFORE.exec(text.slice(slice, start));
  if (before) return before[1] === undefined || t.end !== slice + before.index + before[1].length;
  return POPULATION_AFTER.test(text.slice(end, end + 24)) && !boundTogether(text, t, start, end);
}

/**
 * Whether a number counts the death word `t`: the word follows it closely ("31,000 people killed",
 * "31 000 morts") or stands right before it ("killing 31,000", "death toll of 31,000"); a death word
 * before it with other words between ends another clause ("300,000 killed and 11 million forced
 * to flee").
 */
function countsDeaths(text: string, t: TopicHit, start: number, end: number): boolean {
  return t.start >= end ? boundTogether(text, t, start, end) : boundTogether(text, t, start, end, 0);
}

/** Words that do not count between a number and its topic word ("evacuation of the 50,000"). */
const GAP_FILLERS = new Set(['the', 'of', 'de', 'des', 'du', 'von', 'van', 'het', 'el', 'la', 'les', 'al']);
/**
 * Marks that end a clause between a number and its topic word, read in the words between them: the
 * clause punctuation, brackets ("34,000 (2016 figures) evacuated") and a dash even unspaced, but not
 * a line break (a hard-wrapped "34,000 people were⏎evacuated" is one clause).
 */
const CLAUSE_MARKS = new Set([...`${CLAUSE_PUNCTUATION}()[]–—`].map((c) => c.charCodeAt(0)));

/**
 * Whether a number and a topic word are in one clause with at most `most` words between them
 * ("50,000 people evacuated" has one). Read in place: most gaps are far longer, and it stops there.
 */
function boundTogether(text: string, t: TopicHit, start: number, end: number, most = 2): boolean {
  const from = t.start >= end ? end : start >= t.end ? t.end : 0;
  const to = t.start >= end ? t.start : start >= t.end ? start : 0;
  let words = 0;
  for (let i = from; i < to; ) {
    if (isSpaceCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    let wordy = false;
    for (; j < to && !isSpaceCode(text.charCodeAt(j)); j++) {
      const c = text.charCodeAt(j);
      if (CLAUSE_MARKS.has(c)) return false; // another clause
      wordy ||= isLetterDigitOrMark(c);
    }
    if (wordy && !GAP_FILLERS.has(text.slice(i, j).toLowerCase()) && ++words > most) return false;
    i = j;
  }
  return true;
}

/**
 * Whether topic word `t`, after the number at [start, end) and not bound to it, directly counts
 * another number standing between them in a later clause: "more than 8 million need aid,
 * including 2.5 million living as refugees" (refugees counts 2.5 million only). A word bound across
 * a comma to neither ("34,000 people, including 4,000 fighters, were evacuated") counts the first.
 */
function countsAnother(text: string, t: TopicHit, start: number, end: number, numbers: readonly NumberMention[], offset: number, commas: readonly number[]): boolean {
  if (t.start < end) return false;
  // the first comma after the number, which must come before the other number (cheapest first)
  const c = lowerBound(commas.length, (k) => commas[k]! < end);
  if (c >= commas.length || commas[c]! > t.start) return false;
  // a number bound to the word is the last one before it (a block of many counts: binary search)
  const o = numbers[lowerBound(numbers.length, (k) => offset + numbers[k]!.end <= t.start) - 1];
  // (the comma keeps the word from being bound to the first number itself)
  return !!o && offset + o.start > commas[c]! && boundTogether(text, t, offset + o.start, offset + o.end);
}

/** Where the commas and semicolons of [s, e) stand, in order (none: the common case, found natively). */
function commasIn(text: string, s: number, e: number): number[] {
  const out: number[] = [];
  const part = text.slice(s, e);
  if (!part.includes(',') && !part.includes(';')) return out;
  for (let i = 0; i < part.length; i++) if (part.charCodeAt(i) === 0x2c || part.charCodeAt(i) === 0x3b) out.push(s + i);
  return out;
}

/** The topic hits (in text order) within reach of [start, end), found by binary search. */
function withinReach(hits: readonly TopicHit[], start: number, end: number): TopicHit[] {
  const out: TopicHit[] = [];
  for (let i = lowerBound(hits.length, (k) => hits[k]!.end < start - SENTENCE_REACH); i < hits.length && hits[i]!.start <= end + SENTENCE_REACH; i++) {
    if (distance(hits[i]!, start, end) <= SENTENCE_REACH) out.push(hits[i]!);
  }
  return out;
}

/**
 * Topic words by their distance to a number, a clause farther when a comma or semicolon stands
 * between them: "Antes da retirada, cerca de 35 mil civis fugiram" counts those who fled. The
 * nearest clause marks on either side are found once per number (a sentence may hold hundreds of
 * topic words).
 */
function byClauseDistance(text: string, hits: TopicHit[], start: number, end: number): TopicHit[] {
  if (hits.length < 2) return hits;
  const mark = (i: number) => (text.charCodeAt(i) === 0x2c || text.charCodeAt(i) === 0x3b) && isSpaceCode(text.charCodeAt(i + 1));
  let before = start - 1;
  while (before >= Math.max(0, start - SENTENCE_REACH) && !mark(before)) before--;
  let after = end;
  while (after < Math.min(text.length, end + SENTENCE_REACH) && !mark(after)) after++;
  const key = (t: TopicHit) => distance(t, start, end) + ((t.end <= start && t.end <= before) || t.start > after ? SENTENCE_REACH : 0);
  return hits.map((t) => [key(t), t] as const).sort((a, b) => a[0] - b[0]).map(([, t]) => t);
}

const distance = (t: TopicHit, start: number, end: number) => (t.start >= end ? t.start - end : start >= t.end ? start - t.end : 0);

/** How far before a number's sentence a topic word of the sentence before may count it. */
const BACK_REACH = 200;
