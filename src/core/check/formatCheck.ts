import { formatProblem, type Problem } from '../scenario/problems';
import type { CheckedFile } from './checkFile';

type JsonProblem = { line: number; column: number; path: string; message: string };

/**
 * The `--json` output: exactly { files: [{ file, ok, errors, warnings, findings, daysSupply, playable, referenceScore }] },
 * each finding { code, rx?, sentence } and each days' supply { rx, days, why? } (days null when it cannot be worked out).
 */
export function jsonReport(files: readonly CheckedFile[]): { files: object[] } {
  const plain = (p: Problem): JsonProblem => ({ line: p.line, column: p.column, path: p.path, message: p.message });
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

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One readable block per file: ✓/✗ with counts, each problem on its own line, findings, expert path. */
export function humanBlock(f: CheckedFile, engineChecked: boolean): string {
  const lines = [`${f.ok ? '✓' : '✗'} ${f.file} — ${plural(f.errors.length, 'error')}, ${plural(f.warnings.length, 'warning')}`];
  for (const p of f.errors) lines.push(`    error    ${formatProblem(p)}`);
  for (const p of f.warnings) lines.push(`    warning  ${formatProblem(p)}`);
  if (f.ok && engineChecked) {
    if (f.findings.length > 0)
      lines.push(`    findings: ${f.findings.map((x) => (x.rx === undefined ? x.code : `${x.code} on ${x.rx}`)).join(', ')}`);
    else if (f.referenceScore !== null) lines.push('    findings: none');
    if (f.daysSupply.length > 0) {
      const each = f.daysSupply.map(
        (s) => `${s.rx} ${s.days === null ? 'cannot be worked out' : `${s.days} ${s.days === 1 ? 'day' : 'days'}`}`,
      );
      lines.push(`    days' supply: ${each.join(', ')}`);
    }
    if (f.referenceScore !== null) {
      const full = f.referenceScore === 100 ? 'full marks' : 'NOT full marks';
      lines.push(`    expert path: ${f.playable ? 'plays through' : 'does not finish'}, scores ${f.referenceScore}/100 (${full})`);
    }
  }
  return lines.join('\n');
}

/** The closing line: how many files, how many ok, and the totals. */
export function totalLine(files: readonly CheckedFile[]): string {
  const bad = files.filter((f) => !f.ok).length;
  const errors = files.reduce((n, f) => n + f.errors.length, 0);
  const warnings = files.reduce((n, f) => n + f.warnings.length, 0);
  const verdict = bad === 0 ? 'all ok' : `${files.length - bad} ok, ${bad} with errors`;
  return `${plural(files.length, 'file')} checked: ${verdict} — ${plural(errors, 'error')}, ${plural(warnings, 'warning')} in total.`;
}
