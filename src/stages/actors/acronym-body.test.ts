import { describe, expect, it } from 'vitest';
import { DyadError } from '../../core/errors.js';
import { languagePack } from '../../lang/pack.js';
import { tokenize } from '../tokens/tokenize.js';
import { acronymBodies, loadNewsAgencies, parseNewsAgencies } from './acronym-body.js';
import { loadKb } from './kb.js';
import type { ActorMention } from './types.js';
import { wordsOf } from './words.js';

interface Tagged {
  /** Sentences, joined by a space. */
  readonly sentences: readonly string[];
  /** Each word's part of speech that is no NOUN ("welcomed": VERB). */
  readonly tags: Readonly<Record<string, string>>;
  /** The words the entity tagger calls organisations. */
  readonly orgs: readonly string[];
  /** The parse, when given: a word's head word and relation; words not named hang from nothing. */
  readonly deps?: Readonly<Record<string, readonly [string, string]>>;
  /** Words the earlier readers made mentions of, with their kind ("South": country over "South Korea"). */
  readonly mentions?: readonly (readonly [string, number, ActorMention['kind']])[];
}

/** The bodies the reader adds, as [text, token index], over hand-tagged sentences (tags, organisations, parse, mentions all given). */
function bodiesOfTagged(input: Tagged): [string, number][] {
  let at = 0;
  const spans = input.sentences.map((s) => {
    const span = { start: at, end: at + s.length };
    at += s.length + 1;
    return span;
  });
  const text = input.sentences.join(' ');
  const tokens = tokenize(text, spans);
  const words = wordsOf(text, tokens);
  const texts = tokens.map((t) => text.slice(t.start, t.end));
  const upos = texts.map((w) => input.tags[w] ?? (/^\p{P}$/u.test(w) ? 'PUNCT' : 'NOUN'));
  const org = texts.map((w) => input.orgs.includes(w));
  const deps = input.deps && texts.map((w) => {
    const d = input.deps?.[w];
    return d ? { head: texts.indexOf(d[0]), deprel: d[1] } : { head: -1, deprel: 'dep' };
  });
  const mentions: ActorMention[] = (input.mentions ?? []).map(([w, n, kind]) => {
    const first = texts.indexOf(w);
    return { start: tokens[first]?.start ?? 0, end: tokens[first + n - 1]?.end ?? 0, tokens: [first, first + n], actorId: `m:${w}`, name: w, ...(kind ? { kind } : {}), reasons: [], why: '' };
  });
  return acronymBodies(words, tokens, mentions, { upos, org, kb: loadKb(), press: loadNewsAgencies(), ...(deps ? { deps } : {}) }, languagePack('en'))
    .filter((m) => m.reasons[0]?.rule === 'actors/acronym-used-as-body')
    .map((m) => [text.slice(m.start, m.end), m.tokens[0]]);
}

const VERBS = { welcomed: 'VERB', told: 'VERB', criticised: 'VERB', said: 'VERB', has: 'AUX', accused: 'VERB', agreed: 'VERB', met: 'VERB', captured: 'VERB', rose: 'VERB', SAID: 'VERB', The: 'DET', the: 'DET', THE: 'DET' };

describe('acronyms used as bodies', () => {
  it.each<[string, Tagged, [string, number][]]>([
    ['a verb right after it, and every later use of its letters', { sentences: ['The RAC welcomed the decision and motorists told the RAC so.'], tags: VERBS, orgs: ['RAC'] }, [['RAC', 1], ['RAC', 9]]],
    ['an auxiliary right after it', { sentences: ['The RAC has criticised the plan.'], tags: VERBS, orgs: ['RAC'] }, [['RAC', 1]]],
    ['a press word not beside the letters ("told television reporters")', { sentences: ['The RAC told television reporters it opposed the plan.'], tags: VERBS, orgs: ['RAC'] }, [['RAC', 1]]],
    ['a use in a sentence naming no country, then its use after "Britain\'s"', { sentences: ['The RAC criticised the plan.', 'Britain\'s RAC said it would sue.'], tags: VERBS, orgs: ['RAC'], mentions: [['Britain', 1, 'country']] }, [['RAC', 1], ['RAC', 8]]],
  ])('makes a body of an unknown acronym that is a verb\'s subject: %s', (_, input, bodies) => {
    expect(bodiesOfTagged(input)).toEqual(bodies);
  });

  it.each<[string, Tagged]>([
    ['no subject', { sentences: ['Talks on the RAC report resumed.'], tags: VERBS, orgs: ['RAC'] }],
    ['a capitalised word after it (a headline in capitals)', { sentences: ['THE RAC SAID NO.'], tags: VERBS, orgs: ['RAC'] }],
    ['a verb in the next sentence', { sentences: ['Motorists joined the RAC', 'criticised the plan.'], tags: VERBS, orgs: ['RAC'] }],
    ['letters the tagger calls no organisation', { sentences: ['The GDP rose by two percent.'], tags: VERBS, orgs: [] }],
    ['dotted letters', { sentences: ['The U.N. welcomed the decision.'], tags: VERBS, orgs: ['U.N.'] }],
    ['letters inside a longer name', { sentences: ['The Ford UAW agreed.'], tags: VERBS, orgs: ['UAW'] }],
    ['a press word after the letters', { sentences: ['The IRNA news agency said Iran captured the posts.'], tags: VERBS, orgs: ['IRNA'] }],
    ['a press word before the letters, and the later use is no body either', { sentences: ['The news agency IRNA said Iran captured the posts.', 'IRNA said so.'], tags: VERBS, orgs: ['IRNA'] }],
    ['a listed news agency without a press word', { sentences: ['KCNA accused the South of lying.'], tags: VERBS, orgs: ['KCNA'] }],
    ['a use in a sentence that names a country (the letters may be the other side\'s)', { sentences: ['The NKPA accused South Korea of lying.'], tags: VERBS, orgs: ['NKPA'], mentions: [['South', 2, 'country']] }],
    ['a use a mention already covers', { sentences: ['The RAC welcomed the plan.'], tags: VERBS, orgs: ['RAC'], mentions: [['RAC', 1, 'org']] }],
    ['an officer\'s title after the letters', { sentences: ['NUM leader Arthur Scargill criticised the plan.'], tags: VERBS, orgs: ['NUM'], mentions: [['Arthur', 2, 'person']] }],
    ['an object by the parse, though a verb follows it', { sentences: ['Ministers who met the RAC agreed.'], tags: VERBS, orgs: ['RAC'], deps: { RAC: ['met', 'obj'], Ministers: ['agreed', 'nsubj'] } }],
  ])('makes no body of %s', (_, input) => {
    expect(bodiesOfTagged(input)).toEqual([]);
  });

  it('takes the parse\'s subject only with its verb right after the letters (the parse alone made false events)', () => {
    expect(bodiesOfTagged({ sentences: ['The RAC criticised the plan.'], tags: VERBS, orgs: ['RAC'], deps: { RAC: ['criticised', 'nsubj'] } })).toEqual([['RAC', 1]]);
    expect(bodiesOfTagged({ sentences: ['The RAC on Tuesday criticised the plan.'], tags: VERBS, orgs: ['RAC'], deps: { RAC: ['criticised', 'nsubj'] } })).toEqual([]);
  });

  it('rejects a news-agency row that is not three to six capitals, naming the file and line', () => {
    expect(parseNewsAgencies('# c\nIRNA\tIran\n', 'x.tsv')).toEqual(new Set(['IRNA']));
    expect(() => parseNewsAgencies('IRNA\tIran\nIrna\tIran\n', 'x.tsv')).toThrow(DyadError);
    expect(() => parseNewsAgencies('IRNA\tIran\nIrna\tIran\n', 'x.tsv')).toThrow(/E1920.*x\.tsv.*line 2/);
  });
});
