import { STOP_CODES, type Finding } from '../findings/codes';
import type { Placer } from '../scenario/placer';
import type { Problem } from '../scenario/problems';
import type { ResolvedEncounter } from '../scenario/resolve';
import type { Coded } from '../coded';
import type { FindingParams } from '../findings/params';
import { say } from '../scenario/checkerWords';

/**
 * Where the author's declared intent.findings and the rules disagree: each declared finding the
 * rules do not find, and each finding the rules make that is not declared.
 */
export function intentWarnings(encounter: ResolvedEncounter, found: readonly Finding[], place: Placer): Problem[] {
  const declared = encounter.intent.findings;
  const out: Problem[] = [];
  declared.forEach((d, i) => {
    if (found.some((f) => f.code === d.code && (d.rx === undefined || f.rx === d.rx))) return;
    out.push(
      place(['intent', 'findings', i], say('declaredNotFound', { code: d.code, ...(d.rx !== undefined ? { rx: d.rx } : {}) }), 'warning'),
    );
  });
  for (const f of found) {
    if (declared.some((d) => d.code === f.code && (d.rx === undefined || d.rx === f.rx))) continue;
    const entry = JSON.stringify(f.rx === undefined ? { code: f.code } : { code: f.code, rx: f.rx })
      .replace(/,/g, ', ')
      .replace(/:/g, ': ');
    out.push(
      place(
        ['intent', 'findings'],
        say('foundNotDeclared', {
          finding: { code: f.code, params: f.params } as Coded<FindingParams>,
          ...(f.rx !== undefined ? { rx: f.rx } : {}),
          entry,
        }),
        'warning',
        // At the "findings" key, or at the "intent" key when there is no findings list (never at intent's "{").
        'key',
      ),
    );
  }
  return out;
}

/**
 * Stock that cannot work: a prescribed product missing from the shelf (unless the author means
 * the prescription to be stopped), and a declared LASA_RISK with no look-alike of the prescribed
 * product anywhere on the shelf.
 */
export function stockWarnings(encounter: ResolvedEncounter, place: Placer): Problem[] {
  const out: Problem[] = [];
  const shelf = new Set(encounter.shelf);
  const declared = encounter.intent.findings;
  encounter.prescriptions.forEach((rx, i) => {
    const meantToStop = declared.some((d) => STOP_CODES.has(d.code) && (d.rx === undefined || d.rx === rx.id));
    if (!shelf.has(rx.product) && !meantToStop) {
      out.push(place(['prescriptions', i, 'product'], say('notOnShelf', { product: rx.product }), 'warning'));
    }
  });
  declared.forEach((d, i) => {
    if (d.code !== 'LASA_RISK') return;
    const targets = encounter.prescriptions.filter((rx) => d.rx === undefined || rx.id === d.rx);
    if (targets.some((rx) => lookAlikesOf(encounter, rx.product).some((id) => shelf.has(id)))) return;
    out.push(place(['intent', 'findings', i], say('lasaWithoutLookAlike', d.rx !== undefined ? { rx: d.rx } : {}), 'warning'));
  });
  return out;
}

/** Ids of products that look alike with this one, declared on either side. */
function lookAlikesOf(encounter: ResolvedEncounter, id: string): string[] {
  const out = new Set(encounter.products.get(id)?.lookAlikes ?? []);
  for (const [other, p] of encounter.products) if (p.lookAlikes.includes(id)) out.add(other);
  out.delete(id);
  return [...out];
}

/**
 * The encounter's "type" against what the rules find: a catch with nothing to stop, a fill with
 * something that must be stopped, a hand-off with no question only a pharmacist may answer.
 */
export function typeWarnings(encounter: ResolvedEncounter, found: readonly Finding[], place: Placer): Problem[] {
  const stops = found.some((f) => STOP_CODES.has(f.code));
  const clinical = found.some((f) => f.code === 'CLINICAL_QUESTION');
  // A mistake encounter's prescriptions are the earlier fill, not work: errorWarnings judges its type.
  if (encounter.type === 'mistake') return [];
  const message =
    encounter.type === 'catch' && !stops
      ? say('catchWithNothing')
      : encounter.type === 'fill' && stops
        ? say('fillThatStops', { codes: found.filter((f) => STOP_CODES.has(f.code)).map((f) => f.code) })
        : // A phone call is handed to the pharmacist by the call's decision, not by a dialogue line.
          encounter.type === 'handoff' && !clinical && encounter.call === undefined
          ? say('handoffWithoutQuestion')
          : null;
  return message ? [place(['type'], message, 'warning')] : [];
}
