/**
 * Discourse eval: who the actor mentions of news-dev are once the article is read as a whole.
 * Every occurrence of every gold actor mention string in `../shared/data/eventgold/news-dev`
 * (texts from `../shared/tools/gold_inputs.py`) must overlap a mention resolved to the gold
 * actor's country (for groups, one of its members). Scored twice: on the actors layer alone and
 * on the actors layer with the discourse layer merged in (`resolvedActors`), overall and for the
 * mentions that name nobody by themselves ("he", "they", "the parties", "the President").
 * Per folder and per half (the `--half` split of `newsdev_score.py`: a stable hash of the id).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Document } from '../../src/core/document.js';
import { defaultPipeline } from '../../src/pipeline.js';
import { readInputs } from '../../src/readers/inputs.js';
import type { ActorMention } from '../../src/stages/actors/types.js';
import { resolvedActors } from '../../src/stages/discourse/merge.js';
import type { EvalReport } from '../report.js';

const shared = join(import.meta.dirname, '..', '..', '..', 'shared');
const gold = join(shared, 'data', 'eventgold', 'news-dev');
/** Mentions that name no one by themselves: pronouns, definite and group descriptions. */
const REFERRING = /^(he|she|him|his|her|they|them|their|it|its|the|both|this)\b/i;

interface GoldFile { document: { id?: string; newid?: number }; actors: { code: string; mentions: string[] }[] }
interface Tally { total: number; right: number }
type Row = Record<'actors' | 'discourse' | 'refActors' | 'refDiscourse', Tally>;

const half = (id: string): string => (BigInt(`0x${createHash('sha1').update(id).digest('hex')}`) % 2n === 0n ? 'tune' : 'check');
const row = (): Row => ({ actors: { total: 0, right: 0 }, discourse: { total: 0, right: 0 }, refActors: { total: 0, right: 0 }, refDiscourse: { total: 0, right: 0 } });

function score(text: string, mentions: readonly ActorMention[], actor: GoldFile['actors'][number], mention: string, into: Tally): void {
  const lower = text.toLowerCase();
  const byId = new Map(mentions.filter((m) => !m.members).map((m) => [m.actorId, m]));
  for (let at = lower.indexOf(mention.toLowerCase()); at >= 0; at = lower.indexOf(mention.toLowerCase(), at + 1)) {
    const end = at + mention.length;
    const found = mentions.filter((m) => m.start < end && at < m.end);
    const codes = found.flatMap((m) => (m.members ? m.members.map((id) => byId.get(id)?.code ?? m.parts?.find((p) => p.actorId === id)?.code) : [m.code]));
    into.total++;
    if (codes.includes(actor.code)) into.right++;
  }
}

async function annotate(folders: readonly string[]): Promise<Map<string, Document>> {
  const out = spawnSync('python3', [join(shared, 'tools', 'gold_inputs.py'), ...folders], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (out.status !== 0) throw new Error(`gold_inputs.py failed: ${out.stderr}`);
  const file = join(mkdtempSync(join(tmpdir(), 'dyad-discourse-')), 'in.jsonl');
  writeFileSync(file, out.stdout);
  const docs = new Map<string, Document>();
  const pipeline = defaultPipeline();
  for await (const result of readInputs([file])) if (result.ok) docs.set(result.doc.meta.sourceId ?? result.doc.id, pipeline.run(result.doc));
  return docs;
}

export async function run(): Promise<EvalReport> {
  const folders = existsSync(gold) ? readdirSync(gold, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort() : [];
  const docs = await annotate(folders.map((f) => join(gold, f)));
  const rows = new Map<string, Row>();
  for (const folder of folders) {
    for (const file of readdirSync(join(gold, folder)).filter((f) => f.endsWith('.gold.json')).sort()) {
      const g = JSON.parse(readFileSync(join(gold, folder, file), 'utf8')) as GoldFile;
      const id = g.document.id ?? `reuters-${g.document.newid}`;
      const doc = docs.get(id);
      if (!doc) continue;
      const key = `${folder} (${half(id)})`;
      const r = rows.get(key) ?? row();
      rows.set(key, r);
      const alone = doc.layers.actors ?? [];
      const merged = resolvedActors(doc);
      for (const actor of g.actors) {
        for (const mention of new Set(actor.mentions)) {
          score(doc.text, alone, actor, mention, r.actors);
          score(doc.text, merged, actor, mention, r.discourse);
          if (REFERRING.test(mention)) { score(doc.text, alone, actor, mention, r.refActors); score(doc.text, merged, actor, mention, r.refDiscourse); }
        }
      }
    }
  }
  const pct = (t: Tally): string => `${(100 * (t.total ? t.right / t.total : 0)).toFixed(1)}%`;
  const sum = (pick: (r: Row) => Tally): Tally => [...rows.values()].reduce((a, r) => ({ total: a.total + pick(r).total, right: a.right + pick(r).right }), { total: 0, right: 0 });
  const all: Row = { actors: sum((r) => r.actors), discourse: sum((r) => r.discourse), refActors: sum((r) => r.refActors), refDiscourse: sum((r) => r.refDiscourse) };
  const line = (name: string, r: Row): string => `| ${name} | ${r.actors.total} | ${pct(r.actors)} | ${pct(r.discourse)} | ${r.refActors.total} | ${pct(r.refActors)} | ${pct(r.refDiscourse)} |`;
  const ratio = (t: Tally): number => (t.total ? t.right / t.total : 0);
  return {
    title: 'Discourse (news-dev gold actor mentions, resolved over the whole article)',
    metrics: { country_actors: ratio(all.actors), country_discourse: ratio(all.discourse), referring_actors: ratio(all.refActors), referring_discourse: ratio(all.refDiscourse) },
    markdown: [
      '| folder (half) | mentions | country, actors layer | country, with discourse | referring mentions | actors layer | with discourse |',
      '|---|---|---|---|---|---|---|',
      ...[...rows.entries()].sort().map(([k, r]) => line(k, r)), line('all', all),
      '', 'Every occurrence of each gold mention string counts; a group mention is right when one of its members has the gold country. "Referring" mentions start with a pronoun, "the" or "both" ("he", "the parties", "the President").',
    ].join('\n'),
  };
}
