import { formatProblem, type Problem } from '../scenario/problems';
import type { ScenarioLanguage } from '../scenario/primitives';
import type { CheckedFile } from './checkFile';

type JsonProblem = { line: number; column: number; path: string; message: string };

/**
 * The `--json` output: exactly { files: [{ file, ok, errors, warnings, findings, daysSupply, playable, referenceScore }] },
 * each finding { code, rx?, sentence } and each days' supply { rx, days, why? } (days null when it cannot be worked out).
 * Messages are in `language`; finding sentences and the days' supply reasons stay English.
 */
export function jsonReport(files: readonly CheckedFile[], language: ScenarioLanguage = 'en'): { files: object[] } {
  const plain = (p: Problem): JsonProblem => ({
    line: p.line,
    column: p.column,
    path: p.path,
    message: formatProblem(p, language).slice(`${p.file}:${p.line}:${p.column} ${p.path}: `.length),
  });
  return {
    files: files.map((f) => ({
      file: f.file,
      ok: f.ok,
      errors: f.errors.map(plain),
      warnings: f.warnings.map(plain),
      findings: f.findings.map((x) => ({ ...x })),
      daysSupply: f.daysSupply.map((x) => ({ ...x })),
      playable: f.playable,
      referenceScore: f.referenceScore,
    })),
  };
}

/** The checker's own report lines (not the messages about a file), in each language. */
const REPORT_WORDS = {
  en: {
    counts: (errors: number, warnings: number) => `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`,
    error: 'error   ',
    warning: 'warning ',
    findings: 'findings',
    none: 'none',
    on: 'on',
    daysSupply: "days' supply",
    cannot: 'cannot be worked out',
    days: (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`,
    expert: (plays: boolean, score: number) =>
      `expert path: ${plays ? 'plays through' : 'does not finish'}, scores ${score}/100 (${score === 100 ? 'full marks' : 'NOT full marks'})`,
    total: (files: number, bad: number, errors: number, warnings: number) =>
      `${plural(files, 'file')} checked: ${bad === 0 ? 'all ok' : `${files - bad} ok, ${bad} with errors`} — ${plural(errors, 'error')}, ${plural(warnings, 'warning')} in total.`,
  },
  es: {
    counts: (errors: number, warnings: number) =>
      `${errors} ${errors === 1 ? 'error' : 'errores'}, ${warnings} ${warnings === 1 ? 'aviso' : 'avisos'}`,
    error: 'error   ',
    warning: 'aviso   ',
    findings: 'hallazgos',
    none: 'ninguno',
    on: 'en',
    daysSupply: 'días de suministro',
    cannot: 'no se pueden calcular',
    days: (n: number) => `${n} ${n === 1 ? 'día' : 'días'}`,
    expert: (plays: boolean, score: number) =>
      `camino experto: ${plays ? 'se juega completo' : 'no termina'}, obtiene ${score}/100 (${score === 100 ? 'nota máxima' : 'NO es la nota máxima'})`,
    total: (files: number, bad: number, errors: number, warnings: number) =>
      `${files} ${files === 1 ? 'archivo revisado' : 'archivos revisados'}: ${bad === 0 ? 'todos bien' : `${files - bad} bien, ${bad} con errores`} — ${errors} ${errors === 1 ? 'error' : 'errores'}, ${warnings} ${warnings === 1 ? 'aviso' : 'avisos'} en total.`,
  },
} satisfies Record<ScenarioLanguage, unknown>;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One readable block per file: ✓/✗ with counts, each problem on its own line, findings, expert path. */
export function humanBlock(f: CheckedFile, engineChecked: boolean, language: ScenarioLanguage = 'en'): string {
  const w = REPORT_WORDS[language];
  const lines = [`${f.ok ? '✓' : '✗'} ${f.file} — ${w.counts(f.errors.length, f.warnings.length)}`];
  for (const p of f.errors) lines.push(`    ${w.error} ${formatProblem(p, language)}`);
  for (const p of f.warnings) lines.push(`    ${w.warning} ${formatProblem(p, language)}`);
  if (f.ok && engineChecked) {
    if (f.findings.length > 0)
      lines.push(`    ${w.findings}: ${f.findings.map((x) => (x.rx === undefined ? x.code : `${x.code} ${w.on} ${x.rx}`)).join(', ')}`);
    else if (f.referenceScore !== null) lines.push(`    ${w.findings}: ${w.none}`);
    if (f.daysSupply.length > 0) {
      const each = f.daysSupply.map((s) => `${s.rx} ${s.days === null ? w.cannot : w.days(s.days)}`);
      lines.push(`    ${w.daysSupply}: ${each.join(', ')}`);
    }
    if (f.referenceScore !== null) lines.push(`    ${w.expert(f.playable, f.referenceScore)}`);
  }
  return lines.join('\n');
}

/** The closing line: how many files, how many ok, and the totals. */
export function totalLine(files: readonly CheckedFile[], language: ScenarioLanguage = 'en'): string {
  const bad = files.filter((f) => !f.ok).length;
  const errors = files.reduce((n, f) => n + f.errors.length, 0);
  const warnings = files.reduce((n, f) => n + f.warnings.length, 0);
  return REPORT_WORDS[language].total(files.length, bad, errors, warnings);
}
