/**
 * Reader for PETRARCH verb dictionaries (format in `eventdata/petrarch2/dictionaries.rst`):
 * synonym sets (`&NAME` then `+WORD` lines), verb blocks (`--- NAME [code] ---`), verb lines
 * (`WORD {irregular forms} [code]`, multi-word verbs with `+` on the verb: `+CORDON_OFF`,
 * `WIRE_+TAP`) and pattern lines (`- pre-verb nouns * post-verb nouns (PREP noun) [code]`). dyad's own
 * pattern lines may mark a post-verb noun `=` (`- * =&DYAD_CLAIMED`): it must be the verb's own object.
 * Transformation lines (`~`) are skipped: dyad handles reported speech and control verbs on the
 * dependency tree instead.
 */
import type { PatternPhrase, PatternWord, VerbEntry, VerbPattern } from '../../src/stages/events/lexicon.js';

export interface VerbDictionary {
  readonly synsets: Map<string, string[]>;
  readonly verbs: Record<string, VerbEntry[]>;
  readonly blocks: Record<string, VerbPattern[]>;
  readonly forms: Record<string, string>;
}

/**
 * Parse a dictionary. `synsets` from an earlier dictionary may be used by this one. `prefix` names
 * this dictionary's blocks (`dyad:` for the hand-kept file) so they never collide with CAMEO's.
 */
export function parseVerbDictionary(text: string, inherited = new Map<string, string[]>(), prefix = ''): VerbDictionary {
  const lines = text.split('\n').map((l) => l.replace(/#.*$/, '').trimEnd());
  const synsets = new Map(inherited);
  // Synonym sets first: a set may be defined after the block that uses it in the file.
  for (let i = 0; i < lines.length; i++) {
    const m = /^&(\w+)\s*$/.exec(lines[i].trim());
    if (!m) continue;
    const noPlural = m[1].endsWith('_');
    const words: string[] = [];
    for (i++; i < lines.length && lines[i].trim().startsWith('+'); i++) words.push(...synsetWord(lines[i].trim().slice(1), noPlural));
    synsets.set('&' + m[1].replace(/_$/, ''), words);
    synsets.set('&' + m[1], words);
    i--;
  }
  const verbs: Record<string, VerbEntry[]> = {};
  const blocks: Record<string, VerbPattern[]> = {};
  const forms: Record<string, string> = {};
  let block: string | undefined;
  let blockCode: string | undefined;
  let inSynset = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) { inSynset = false; continue; }
    if (line.startsWith('&')) { inSynset = true; block = undefined; continue; }
    if (inSynset && line.startsWith('+')) continue;
    // CAMEO.2.0 writes four headers as `--- DELAY [120]--- ---`: without the stray dashes read, their
    // verbs and patterns fell into the block above (DELAY's "postponed the visit" under BLAME).
    const header = /^---\s+(\S+)\s+\[([^\]]*)\]-*\s+---/.exec(line);
    if (header) {
      block = prefix + header[1];
      blockCode = codeOf(header[2]);
      blocks[block] ??= [];
      continue;
    }
    if (!block || line.startsWith('~') || line.startsWith('####')) continue;
    if (line.startsWith('-')) {
      const pattern = parsePattern(line, synsets);
      if (pattern) blocks[block].push(pattern);
      continue;
    }
    const verb = parseVerbLine(line, blockCode, block);
    if (!verb) continue;
    (verbs[verb.lemma] ??= []).push(verb.entry);
    for (const form of verb.forms) if (form !== verb.lemma) forms[form] = verb.lemma;
  }
  return { synsets, verbs, blocks, forms };
}

function synsetWord(word: string, noPlural: boolean): string[] {
  const bare = word.replace(/_$/, '');
  const text = bare.replace(/_/g, ' ').toLowerCase();
  if (noPlural || word.endsWith('_')) return [text];
  const plural = /y$/.test(text) && !/[aeiou]y$/.test(text) ? text.slice(0, -1) + 'ies' : /ss$/.test(text) ? text + 'es' : text + 's';
  return [text, plural];
}

/** `[030]` → `030`, `[042:043]` → `042` (the code for the source's side), `[:173]` → `173`, `[---]` → `---`. */
function codeOf(text: string): string | undefined {
  const [first, second] = text.trim().split(':');
  const code = first || second;
  if (!code) return undefined;
  return code;
}

function parseVerbLine(line: string, blockCode: string | undefined, block: string): { lemma: string; entry: VerbEntry; forms: string[] } | undefined {
  const m = /^(\S+)\s*(?:\{([^}]*)\})?\s*(?:\[([^\]]*)\])?/.exec(line);
  if (!m) return undefined;
  const own = m[3] !== undefined ? codeOf(m[3]) : undefined;
  const code = own ?? blockCode;
  const parts = m[1].toLowerCase().split('_').filter(Boolean);
  let at = parts.findIndex((p) => p.startsWith('+'));
  if (at < 0) at = 0;
  const lemma = parts[at].replace(/^\+/, '');
  if (!/^[a-z][a-z'-]*$/.test(lemma)) return undefined;
  const formList = (m[2] ?? '').split(/\s+/).filter(Boolean).map((f) => {
    const words = f.toLowerCase().split('_');
    return (words.find((w) => w.startsWith('+')) ?? words[0]).replace(/^\+/, '');
  });
  const entry: VerbEntry = {
    ...(code && code !== '---' ? { code } : {}),
    blocks: [block],
    ...(at > 0 ? { before: parts.slice(0, at) } : {}),
    ...(at < parts.length - 1 ? { after: parts.slice(at + 1) } : {}),
  };
  return { lemma, entry, forms: formList };
}

/** Tokens of a pattern: brackets, braces and words. */
function tokenize(text: string): string[] {
  return text.match(/[(){}]|[^\s(){}]+/g) ?? [];
}

function parsePattern(line: string, synsets: Map<string, string[]>): VerbPattern | undefined {
  const m = /^-\s*(.*?)\s*\[([^\]]*)\]/.exec(line);
  if (!m) return undefined;
  const code = codeOf(m[2]);
  if (!code) return undefined;
  const star = m[1].indexOf('*');
  if (star < 0) return undefined;
  const subj = phrases(tokenize(m[1].slice(0, star)), synsets);
  const rest = tokenize(m[1].slice(star + 1));
  if (!subj) return undefined;
  const obj: PatternPhrase[] = [];
  const preps: { prep: string; np?: PatternPhrase }[] = [];
  let direct = false;
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '(') {
      const close = rest.indexOf(')', i);
      if (close < 0) return undefined;
      const inner = rest.slice(i + 1, close).filter((t) => !isMarker(t));
      i = close;
      if (inner.length === 0) continue;
      const prep = inner[0].replace(/_/g, ' ').toLowerCase();
      const np = phrases(inner.slice(1), synsets);
      if (!np) return undefined;
      const flat = np.flat();
      preps.push(flat.length ? { prep, np: flat } : { prep });
      continue;
    }
    // "=" marks the noun the verb acts on ("shrugged off claims", not "… the crisis despite calls from France").
    if (rest[i].startsWith('=')) {
      direct = true;
      rest[i] = rest[i].slice(1);
    }
    const one = phrases(readPhrase(rest, i), synsets);
    if (!one) return undefined;
    obj.push(...one);
    i = phraseEnd(rest, i);
  }
  return { subj, obj, preps, code, source: m[1].replace(/\s+/g, ' ').trim(), ...(direct ? { direct: true as const } : {}) };
}

function isMarker(token: string): boolean {
  return token === '$' || token === '+' || token === '%' || token === '^';
}

function phraseEnd(tokens: string[], i: number): number {
  if (tokens[i] !== '{') return i;
  const close = tokens.indexOf('}', i);
  return close < 0 ? tokens.length : close;
}

function readPhrase(tokens: string[], i: number): string[] {
  return tokens.slice(i, phraseEnd(tokens, i) + 1);
}

/** Turn pattern tokens into phrases; undefined when a synonym set is unknown (PETRARCH ignores those patterns too). */
function phrases(tokens: string[], synsets: Map<string, string[]>): PatternPhrase[] | undefined {
  const out: PatternPhrase[] = [];
  let current: PatternWord[] | undefined;
  for (const token of tokens) {
    if (isMarker(token)) continue;
    if (token === '{') { current = []; continue; }
    if (token === '}') { if (current?.length) out.push(current); current = undefined; continue; }
    const word = wordOf(token, synsets);
    if (!word) return undefined;
    if (current) current.push(word);
    else out.push([word]);
  }
  return out;
}

function wordOf(token: string, synsets: Map<string, string[]>): PatternWord | undefined {
  if (token.startsWith('&')) return synsets.get(token);
  return [token.replace(/_/g, ' ').toLowerCase()];
}
