import { BACKGROUND_DAYS } from '../../core/days.js';
import type { Span } from '../../core/span.js';
import { addDays, compareDays, type Day } from './calendar.js';
import type { Normalised, Rule, RuleContext } from './rule.js';
import { ABSOLUTE_RULES } from './rules-absolute.js';
import { RELATIVE_RULES } from './rules-relative.js';
import type { DateMention } from './types.js';

/** Every rule, in priority order: when two matches cover the same words, the longer wins, then the earlier rule. */
export const RULES: readonly Rule[] = [...ABSOLUTE_RULES, ...RELATIVE_RULES];


/**
 * Words that put a sentence in the future, so "on Friday" means the coming Friday. Not bare "slated" (British for
 * "criticised": "slated by critics", "slated for its handling"), nor "was/were set to", a plan told as past.
 */
const FUTURE = /\b(?:will|shall|won't|'ll|going to|is due|are due|due to (?:be|take|meet|visit|hold|arrive)|scheduled|slated (?:to \w+|for (?!(?:its|his|her|their|being|criticism)\b))|(?<!\b(?:was|were)\s+)set to \w+|expected to|plans? to|planned|upcoming|to be held|(?:is|are) to (?!have\b)\w+)\b/i;

/** A past-tense verb right before the date ("began on August 10") keeps it in the past whatever the rest of the sentence says. */
const PAST_BEFORE = /(?<!\b(?:will|shall|be|been|being|to|'ll)\s+)\b(?:was|were|had|did|began|met|left|took|came|went|said|spoke|held|told|made|gave|won|lost|fell|rose|ran|saw|found|sent|wrote|broke|\w+ed)(?:\s+\w+)?\s+(?:on|in|at|since|by|from)?\s*$/i;

/**
 * A deadline: "by" before the date, after a word of obligation in the same clause ("Hamas must release all
 * hostages by Saturday"). An obligation names a time still to come without any future verb, so the weekday is
 * the coming one; "must have … by" infers the past.
 */
const DEADLINE_BEFORE = /\b(?:must(?! have\b)|has to|have to|needs? to|ought to)\b[^.;:]*\bby\s+$/i;

/** Whether the sentence puts this date in the future: a deadline or a future phrase outside quotations, unless a past verb leads to the date. */
function isFuture(sentence: string, at: number): boolean {
  if (DEADLINE_BEFORE.test(sentence.slice(0, at))) return true;
  if (PAST_BEFORE.test(sentence.slice(Math.max(0, at - 30), at))) return false;
  return FUTURE.test(sentence.replace(/["“][^"”]*["”]/g, ' '));
}

/** Every rule needs a digit or one of these words: sentences without any are skipped unread. */
const MAY_HAVE_DATE = /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|tomorrow|night|morning|week|month|year|decade|centur|day|hour|minute|second|fortnight|spring|summer|autumn|fall|winter|quarter|daily|hourly|annually/i;

/** The rules' prefilters (`Rule.needs`), each tested at most once per region, and each rule's as indices into them. */
const NEEDS: readonly RegExp[] = [...new Set(RULES.flatMap((rule) => rule.needs ?? []))];
const RULE_NEEDS: readonly (readonly number[])[] = RULES.map((rule) => (rule.needs ?? []).map((test) => NEEDS.indexOf(test)));
const UNTESTED = 0;
const PASSED = 1;
const FAILED = 2;
/** The current region's prefilter results (`findDates` runs to the end without yielding, so one array serves every call). */
const passed = new Uint8Array(NEEDS.length);

function passes(k: number, text: string): boolean {
  if (passed[k] === UNTESTED) passed[k] = NEEDS[k].test(text) ? PASSED : FAILED;
  return passed[k] === PASSED;
}

function needsMet(needs: readonly number[], text: string): boolean {
  for (const k of needs) if (!passes(k, text)) return false;
  return true;
}

export interface FindDatesInput {
  readonly text: string;
  /** Where to look: the sentences (or the whole text as one span). */
  readonly regions: readonly Span[];
  /** Publication date. */
  readonly pub?: Day;
  /** Spans never to read (the dateline's own date). */
  readonly skip?: readonly Span[];
}

interface Found {
  readonly start: number;
  readonly end: number;
  readonly rule: number;
  readonly match: RegExpExecArray;
  readonly region: Span;
}

/**
 * Find and normalise every temporal expression in the given regions of the text. Matches are
 * collected from all rules, overlaps resolved (longest, then rule order), and normalised in text
 * order so that "the day before" can refer to the last date mentioned.
 */
export function findDates(input: FindDatesInput): DateMention[] {
  const found: Found[] = [];
  for (const region of input.regions) {
    const text = input.text.slice(region.start, region.end);
    if (!MAY_HAVE_DATE.test(text)) continue;
    passed.fill(UNTESTED);
    for (let index = 0; index < RULES.length; index++) {
      if (!needsMet(RULE_NEEDS[index], text)) continue;
      const rule = RULES[index];
      rule.pattern.lastIndex = 0;
      for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
        const e = m.index + m[0].length;
        const s = m.groups?.span !== undefined ? e - m.groups.span.length : m.index;
        found.push({ start: region.start + s, end: region.start + e, rule: index, match: m, region });
        if (m[0].length === 0) rule.pattern.lastIndex++;
      }
    }
  }
  const contextOf = (f: Found, anchor: Day | undefined): RuleContext => ({
    pub: input.pub,
    future: isFuture(input.text.slice(f.region.start, f.region.end), f.start - f.region.start),
    anchor,
  });
  // A longer match that turns out not to be a date ("1997 and 1998" is no range) leaves its words to shorter ones.
  const valid = found.filter((f) => !input.skip?.some((s) => f.start < s.end && s.start < f.end) && RULES[f.rule].normalise(f.match, contextOf(f, input.pub)));
  const kept = keepBest(valid);

  const mentions: DateMention[] = [];
  let anchor = input.pub;
  for (const f of kept) {
    const n = RULES[f.rule].normalise(f.match, contextOf(f, anchor));
    if (!n) continue;
    mentions.push(toMention(f, n, input.pub));
    if (n.type === 'date' && n.granularity === 'day' && n.first) anchor = n.first;
  }
  return mentions;
}

function keepBest(found: Found[]): Found[] {
  const ordered = [...found].sort(longestFirst);
  const kept: Found[] = [];
  for (const f of ordered) {
    if (!overlapsAny(f, kept)) kept.push(f);
  }
  return kept.sort(byStart);
}

// Module-level functions, not closures made per call, which lose their optimised code at each full collection (#13).
function longestFirst(a: Found, b: Found): number {
  return b.end - b.start - (a.end - a.start) || a.rule - b.rule || a.start - b.start;
}

function byStart(a: Found, b: Found): number {
  return a.start - b.start;
}

function overlapsAny(f: Found, kept: readonly Found[]): boolean {
  for (const k of kept) if (f.start < k.end && k.start < f.end) return true;
  return false;
}

function toMention(f: Found, n: Normalised, pub: Day | undefined): DateMention {
  const background = pub && n.last && (n.type === 'date' || n.type === 'range') ? compareDays(n.last, addDays(pub, -BACKGROUND_DAYS)) < 0 : false;
  return {
    start: f.start,
    end: f.end,
    type: n.type,
    value: n.value,
    granularity: n.granularity,
    ...(n.relative && { relative: true }),
    ...(background && { background: true }),
    ...(n.why && { why: n.why }),
  };
}
