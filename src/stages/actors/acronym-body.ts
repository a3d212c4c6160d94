/**
 * "The RAC welcomed the decision", "the CBI said …": an acronym the article never spells out and the knowledge base
 * lacks is a body when the text uses it as one, the subject of a verb. Without an actor its acts went unsaid (#12).
 * The body has no sector (the letters do not say which) and no country of its own: the discourse stage gives it the
 * story's, as it does the bodies of `named-body.ts`. So a use in a sentence that names a country is no evidence: in
 * "KCNA accused South Korea" the letters may be the other side's, and the story's country would turn the act round.
 * Every use of the same letters in the article is the same body.
 * Not read: dotted or two-letter acronyms ("U.N.", "EC", "UK": places and known bodies), acronyms the entity tagger
 * does not call an organisation ("GDP rose"), letters inside a longer name, and the press ("IRNA said", "the IRNA
 * news agency"): it only reports, per the gold conventions, so `data/news-agencies.tsv` and a press word of the
 * knowledge base beside the letters rule them out. A headline in capitals has no lower-case verb after its letters.
 * An officer's title after the letters ("NUM leader Arthur Scargill") is not read: the person would not take the
 * body, and a body nobody's act uses only adds mentions.
 */
import { assetPath, readDataText } from '../../core/assets.js';
import { DyadError } from '../../core/errors.js';
import type { LanguagePack } from '../../lang/pack.js';
import { reason, renderReasons } from '../../lang/reason.js';
import { isBodyAcronym } from './acronym.js';
import type { ActorKb } from './kb.js';
import { isCapitalised, type Words } from './phrase.js';
import type { ActorMention } from './types.js';

/** Parts of speech of a verb the acronym is the subject of ("The RAC welcomed", "the CBI said"). */
const VERBS = new Set(['VERB', 'AUX']);
/** Dependency relations of a verb's subject ("The RAC welcomed", "the RAC was told"). */
const SUBJECTS = new Set(['nsubj', 'nsubj:pass']);

/** What the reader needs of the earlier layers: parts of speech, the tagger's organisations and the parse when present. */
export interface AcronymInput {
  readonly upos: readonly string[];
  readonly org: readonly boolean[];
  readonly deps?: readonly { readonly head: number; readonly deprel: string }[];
  readonly kb: ActorKb;
  /** The letters of news agencies and broadcasters (`data/news-agencies.tsv`). */
  readonly press: ReadonlySet<string>;
}

let agencies: ReadonlySet<string> | undefined;

/** The shipped list of news agencies' letters, read once. */
export function loadNewsAgencies(path?: string): ReadonlySet<string> {
  // The path is made on the first call only: this runs for every document (sp-actors, session 45).
  if (agencies) return agencies;
  const file = path ?? assetPath('src', 'stages', 'actors', 'data', 'news-agencies.tsv');
  agencies = parseNewsAgencies(readDataText(file), file);
  return agencies;
}

/** Rows `letters<TAB>name`; `#` starts a comment line. */
export function parseNewsAgencies(text: string, path: string): ReadonlySet<string> {
  const out = new Set<string>();
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const letters = line.split('\t')[0]?.trim() ?? '';
    if (!/^[A-Z]{3,6}$/.test(letters)) throw new DyadError('E1920', { path, line: i + 1, got: letters });
    out.add(letters);
  });
  return out;
}

/** Whether the knowledge base calls the one or two words at `first` the press ("news agency", "television"). */
function isPressWord(words: Words, kb: ActorKb, first: number, last: number): boolean {
  const { keys, sents } = words;
  if (first < 0 || sents[first] !== sents[last]) return false;
  const key = keys.slice(first, last + 1).join(' ');
  return kb.agent(key)?.includes('JRN') ?? false;
}

/** Whether the letters at `i` are the press: a listed agency, or a press word right beside them ("IRNA news agency", "the news agency IRNA"). */
function isPress(words: Words, input: AcronymInput, i: number): boolean {
  if (input.press.has(words.texts[i] ?? '')) return true;
  return isPressWord(words, input.kb, i + 1, i + 1) || isPressWord(words, input.kb, i + 1, i + 2) || isPressWord(words, input.kb, i - 1, i - 1) || isPressWord(words, input.kb, i - 2, i - 1);
}

/**
 * Whether the acronym at `i` is a verb's subject: a lower-case verb right after it that, when there is a parse, the
 * parse makes its head with a subject's relation ("Ministers who met the RAC agreed": the object of "met"). The
 * parse alone ("The RAC on Tuesday criticised") also made subjects of letters that were not bodies (more false events
 * on the held-out BBC stories), so it only vetoes.
 */
function isSubject(words: Words, input: AcronymInput, i: number): boolean {
  const { texts, sents } = words;
  if (sents[i + 1] !== sents[i] || !VERBS.has(input.upos[i + 1] ?? '') || !/^\p{Ll}/u.test(texts[i + 1] ?? '')) return false;
  const dep = input.deps?.[i];
  return !dep || (SUBJECTS.has(dep.deprel) && VERBS.has(input.upos[dep.head] ?? ''));
}

/** Whether the acronym at `i` is used as a body: a verb's subject, not inside a longer name, in a sentence naming no country. */
function usedAsBody(words: Words, input: AcronymInput, countrySents: ReadonlySet<number>, i: number): boolean {
  const { texts, sents } = words;
  // Letters inside a longer name ("Ford UAW Council") are that name's; a determiner or a clause boundary opens a subject.
  if (sents[i - 1] === sents[i] && isCapitalised(texts[i - 1] ?? '') && input.upos[i - 1] !== 'DET') return false;
  return !countrySents.has(sents[i] ?? -1) && isSubject(words, input, i);
}

/**
 * The mentions with a body added over every use of each acronym the article uses as one (see the file's comment).
 * @example acronymBodies(words, spans, mentions, input, pack) // "The RAC welcomed …": RAC a body, no code
 */
export function acronymBodies(words: Words, spans: readonly { start: number; end: number }[], mentions: readonly ActorMention[], input: AcronymInput, pack: LanguagePack): ActorMention[] {
  const { texts, sents } = words;
  const covered = new Array<boolean>(texts.length).fill(false);
  const countrySents = new Set<number>();
  for (const m of mentions) {
    for (let t = m.tokens[0]; t < m.tokens[1]; t++) covered[t] = true;
    if (m.kind === 'country' || m.kind === 'capital') countrySents.add(sents[m.tokens[0]] ?? -1);
  }
  const candidates = new Set<string>();
  const press = new Set<string>();
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i] ?? '';
    if (!isBodyAcronym(words, i) || covered[i] || !input.org[i]) continue;
    if (isPress(words, input, i)) press.add(text);
    else if (usedAsBody(words, input, countrySents, i)) candidates.add(text);
  }
  const bodies = [...candidates].filter((text) => !press.has(text));
  if (!bodies.length) return [...mentions];
  const added: ActorMention[] = [];
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i] ?? '';
    if (!bodies.includes(text) || covered[i]) continue;
    const reasons = [reason('actors/acronym-used-as-body', { text })];
    added.push({
      start: spans[i]?.start ?? 0,
      end: spans[i]?.end ?? 0,
      tokens: [i, i + 1],
      actorId: `local:body:${text.toLowerCase()}`,
      name: text,
      kind: 'org',
      reasons,
      why: renderReasons(pack, reasons),
    });
  }
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}
