import { DyadError } from '../core/errors.js';
import type { Dialect } from './sql-dialect.js';

/** The shared queries' SQL differences on PostgreSQL (see sql-dialect.ts). */
export const POSTGRES: Dialect = {
  always: 'true',
  orderedJoin: 'JOIN',
  like: 'ILIKE',
  nullsLastDesc: ' NULLS LAST',
  nullsFirstAsc: ' NULLS FIRST',
  total: (expr) => `coalesce(sum(${expr}), 0)::float8`,
  countWhere: (condition) => `count(*) FILTER (WHERE ${condition})`,
  greatest: (a, b) => `greatest(${a}, ${b})`,
  // Backed by indexes on lower(column).
  equalsIgnoringCase: (column) => `lower(${column}) = lower(?)`,
  caseless: (column) => `lower(${column})`,
  hasContext: 'e.contexts::jsonb @> jsonb_build_array(?::text)',
  evidenceMatches: (query) => ({ sql: "e.evidence_tsv @@ to_tsquery('simple', ?)", params: [toTsquery(query, 'text')] }),
};

/** `?` placeholders as PostgreSQL's `$1, $2, …`; the shared SQL holds no other question mark. */
export function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

type Token = { kind: 'word'; text: string; prefix: boolean } | { kind: 'phrase'; text: string } | { kind: 'op'; text: 'AND' | 'OR' | 'NOT' | '(' | ')' };

/**
 * A full-text query in the syntax users already write for the SQLite store (FTS5: words, "quoted
 * phrases", `prefix*`, AND, OR, NOT, parentheses) as a PostgreSQL tsquery, so both stores accept
 * the same queries and reject the same malformed ones (E030 naming `field`).
 */
export function toTsquery(query: string, field: string): string {
  const fail = (problem: string): never => {
    throw new DyadError('E030', { field, problem: `not a valid full-text query (${problem})` });
  };
  const tokens: Token[] = [];
  const re = /\s*(?:"([^"]*)("?)|(\()|(\))|([^\s"()]+))/gy;
  for (let m = re.exec(query); m && m[0].trim() !== '' ; m = re.exec(query)) {
    if (m[1] !== undefined) {
      if (m[2] !== '"') fail('unterminated string');
      tokens.push({ kind: 'phrase', text: m[1] });
    } else if (m[3]) tokens.push({ kind: 'op', text: '(' });
    else if (m[4]) tokens.push({ kind: 'op', text: ')' });
    else if (m[5] === 'AND' || m[5] === 'OR' || m[5] === 'NOT') tokens.push({ kind: 'op', text: m[5] });
    else tokens.push({ kind: 'word', text: m[5].replace(/\*$/, ''), prefix: m[5].endsWith('*') });
  }
  let at = 0;
  const peek = () => tokens[at];
  const isOp = (text: string) => peek()?.kind === 'op' && peek().text === text;
  const lexemes = (text: string, prefix = false) => {
    const words = text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
    if (!words.length) return undefined;
    return words.map((w, i) => `'${w}'${prefix && i === words.length - 1 ? ':*' : ''}`).join(' <-> ');
  };
  const primary = (): string => {
    const token = tokens[at++];
    if (!token) return fail('a term is missing');
    if (token.kind === 'op') {
      if (token.text !== '(') return fail(`unexpected ${token.text}`);
      const inner = or();
      if (!isOp(')')) fail('unbalanced parentheses');
      at++;
      return `(${inner})`;
    }
    const text = lexemes(token.text, token.kind === 'word' && token.prefix);
    return text ? (text.includes('<->') ? `(${text})` : text) : fail(`"${token.text}" holds no word`);
  };
  const not = (): string => {
    let left = primary();
    while (isOp('NOT')) {
      at++;
      left = `${left} & !${primary()}`;
    }
    return left;
  };
  const and = (): string => {
    let left = not();
    while (peek() && !isOp('OR') && !isOp(')')) {
      if (isOp('AND')) at++;
      left = `${left} & ${not()}`;
    }
    return left;
  };
  const or = (): string => {
    let left = and();
    while (isOp('OR')) {
      at++;
      left = `(${left}) | (${and()})`;
    }
    return left;
  };
  const result = or();
  if (at < tokens.length) fail('unbalanced parentheses');
  return result;
}
