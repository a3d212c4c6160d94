/**
 * `dyad actors <article>`: each actor mention of an article, what it resolved to and why.
 * `dyad actors lookup <name> [--date D]`: query the actor knowledge base.
 */
import { Command, Option } from 'commander';
import { articleDate } from '../core/days.js';
import type { Document } from '../core/document.js';
import { DyadError } from '../core/errors.js';
import type { Format } from '../readers/types.js';
import { loadKb, lookupName, type KbMatch } from '../stages/actors/kb.js';
import { resolvePhraseActor, type PhraseActor } from '../stages/actors/phrase-actor.js';
import type { ActorMention } from '../stages/actors/types.js';
import { annotateInputs } from './annotate-inputs.js';
import { formatOption, jsonOption } from './options.js';
import { commandPipeline, pipelineOption } from './pipeline-option.js';

export function register(program: Command): void {
  const command = program
    .command('actors')
    .description('show the actor mentions of articles, what each resolved to and why')
    .argument('<article>', 'a file, URL, or - for stdin (every record of a multi-record file)')
    .addOption(formatOption())
    .addOption(jsonOption())
    .addOption(pipelineOption())
    .action(async (article: string, opts: { format?: Format; json?: boolean; pipeline?: string }) => {
      const pipeline = await commandPipeline(opts.pipeline, { command: 'dyad actors', layers: ['actors'] });
      for await (const doc of annotateInputs([article], pipeline, opts.format)) {
        const mentions = doc.layers.actors ?? [];
        process.stdout.write(opts.json ? JSON.stringify(mentions.map((m) => mentionJson(doc, m)), null, 2) + '\n' : formatMentions(doc, mentions));
      }
    });
  command
    .command('lookup')
    .description('look a name or phrase up in the actor knowledge base, with roles on a date')
    .argument('<name>', 'a name, alias, surname or phrase ("Macron", "Kremlin", "French foreign minister")')
    .addOption(new Option('--date <date>', 'the day to resolve roles on, YYYY-MM-DD (default: today)'))
    .addOption(jsonOption())
    .action((name: string, _opts: unknown, cmd: Command) => {
      // --json may land on the parent command: read options with the parent's.
      const opts = cmd.optsWithGlobals<{ date?: string; json?: boolean }>();
      const day = opts.date ?? new Date().toISOString().slice(0, 10);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new DyadError('E030', { field: '--date', problem: `"${day}" is not YYYY-MM-DD` });
      const kb = loadKb();
      const matches = lookupName(kb, name, day);
      const phrase = matches.length === 0 ? resolvePhraseActor(kb, name, day) : undefined;
      if (matches.length === 0 && !phrase) {
        process.stderr.write(`no actor matches "${name}"\n`);
        process.exitCode = 1;
        return;
      }
      if (opts.json) process.stdout.write(JSON.stringify(phrase ? [phraseJson(phrase)] : matches.map(matchJson), null, 2) + '\n');
      else process.stdout.write(phrase ? formatPhrase(name, phrase, day) : formatMatches(matches, day));
    });
}

function mentionJson(doc: Document, m: ActorMention) {
  return {
    text: doc.text.slice(m.start, m.end), start: m.start, end: m.end, actor_id: m.actorId, name: m.name,
    code: m.code ?? null, sector: m.sector ?? null, role: m.role ?? null, why: m.why, ...(m.members ? { members: m.members } : {}),
  };
}

function formatMentions(doc: Document, mentions: readonly ActorMention[]): string {
  const date = articleDate(doc) ?? 'no date';
  const lines = [`${doc.meta.sourceId ?? doc.id} (${date}): ${mentions.length} actor mentions`];
  for (const m of mentions) {
    const codes = [m.code, m.sector].filter(Boolean).join(' ') || 'no code';
    lines.push(`  ${m.start}-${m.end}  "${doc.text.slice(m.start, m.end)}" → ${m.name} [${codes}]${m.role ? ` ${m.role}` : ''}`);
    lines.push(`      why: ${m.why}`);
  }
  return lines.join('\n') + '\n';
}

function matchJson(m: KbMatch) {
  const role = m.onDate?.role;
  return {
    actor_id: m.actor.id, name: m.actor.name, kind: m.actor.kind, code: role?.code ?? null, sector: role?.sector ?? null,
    role: role?.title ?? null, status: m.onDate?.status ?? 'inactive', roles: m.actor.roles,
  };
}

function phraseJson(a: PhraseActor) {
  return { actor_id: a.actorId, name: a.name, code: a.code ?? null, sector: a.sector ?? null, role: a.role ?? null, why: a.why, ...(a.members ? { members: a.members } : {}) };
}

function formatMatches(matches: readonly KbMatch[], day: string): string {
  const lines: string[] = [];
  for (const m of matches) {
    const role = m.onDate?.role;
    const codes = [role?.code, role?.sector].filter(Boolean).join(' ') || 'no code';
    lines.push(`${m.actor.name} (${m.actor.kind}, id ${m.actor.id}): on ${day} ${codes}${role?.title ? `, ${role.title}` : ''} [${m.onDate?.status ?? 'no role that day'}]`);
    for (const r of m.actor.roles) {
      const span = r.from || r.to ? `${r.from ?? '…'} to ${r.to ?? 'now'}` : 'undated';
      lines.push(`    ${[r.code, r.sector, ...(r.sectors ?? [])].filter(Boolean).join(' ')}${r.title ? `  ${r.title}` : ''}  (${span})`);
    }
  }
  return lines.join('\n') + '\n';
}

function formatPhrase(name: string, a: PhraseActor, day: string): string {
  const codes = [a.code, a.sector].filter(Boolean).join(' ') || 'no code';
  return `"${name}" on ${day}: ${a.name} [${codes}]${a.role ? ` ${a.role}` : ''}\n    why: ${a.why}\n`;
}
