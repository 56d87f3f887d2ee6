import { isSigError } from '../rules/sig';
import type { RxEntry } from './actions';
import type { CheckpointKind } from './checkpoints';
import { plural } from './counting';
import { expectedEntry, readSig, sameDirections } from './expectedEntry';
import { info, onCheckpoint, say, type Move, type Verdict } from './judge';
import { firstDo, isNudge, workable, type Workable } from './order';
import { lookAlike } from './productSelection';
import { backToSelection, productName, updateRx } from './progress';
import type { ResultCode } from './resultCodes';
import type { EncounterState } from './state';

const DAW_MEANING = [
  'substitution allowed', 'prescriber says dispense as written', 'patient asked for the brand', 'pharmacist chose the brand',
  'generic not in stock', 'brand dispensed as generic', 'override', 'brand required by law', 'generic not available', 'plan asks for the brand',
];

/** One field's verdict: ok or wrong, with the specifics either way. */
const field = (name: string, ok: boolean, right: string, wrong: string): Verdict => ({
  code: `entry.${name}.${ok ? 'ok' : 'wrong'}` as ResultCode,
  outcome: ok ? 'good' : 'mistake',
  detail: ok ? right : wrong,
});

const num = (v: unknown): number => (typeof v === 'number' ? v : Number.NaN);
const shown = (v: number): string => (Number.isFinite(v) ? String(v) : 'nothing');

/** Judges each field of an entry against the prescription and the rules, one verdict per field. */
function judgeFields(state: EncounterState, w: Workable, entry: Partial<RxEntry>): [CheckpointKind, Verdict][] {
  const { scenario } = state;
  const rx = w.prescription;
  const want = expectedEntry(scenario, rx);
  const unit = scenario.products.get(rx.product)?.dispenseUnit;
  const productId = typeof entry.productId === 'string' ? entry.productId : '';
  const target = productName(scenario, rx.product);
  const alike = lookAlike(scenario, productId, rx.product) ? ', a look-alike' : '';

  const theirs = readSig(typeof entry.sig === 'string' ? entry.sig : '', unit);
  const ours = readSig(rx.sig, unit);
  const sigOk = isSigError(ours) ? (entry.sig ?? '').trim().toLowerCase() === rx.sig.trim().toLowerCase() : !isSigError(theirs) && sameDirections(theirs, ours);
  const ourText = isSigError(ours) ? `"${rx.sig}"` : `"${ours.text}"`;
  const sigWrong = isSigError(theirs) ? `Your directions could not be read: ${theirs.error}` : `Your directions read "${theirs.text}", but the prescription means ${ourText}.`;

  const qty = num(entry.quantity);
  const days = num(entry.daysSupply);
  const daysOk = want.daysSupply === null ? Number.isInteger(days) && days > 0 : days === want.daysSupply;
  const daysRight = want.daysSupply === null ? `the rules cannot compute it (${want.daysSupplyError}), so ask the pharmacist` : `${want.daysSupply}`;
  const refills = num(entry.refills);
  const daw = num(entry.daw);
  const refillWhy = rx.request === 'refill' ? ` (${rx.refills} authorised, ${rx.refillsUsed} used)` : '';
  return [
    ['entry.product', field('product', productId === rx.product, `You chose ${target}.`, `You entered ${productName(scenario, productId)}${alike}; the prescription is for ${target}.`)],
    ['entry.sig', field('sig', sigOk, `Your directions mean ${ourText}, as prescribed.`, sigWrong)],
    ['entry.quantity', field('quantity', qty === rx.quantity, `You entered ${rx.quantity}.`, `You entered ${shown(qty)}; the prescription is for ${rx.quantity} ${plural(unit ?? 'unit', rx.quantity)}.`)],
    ['entry.daysSupply', field('daysSupply', daysOk, `You entered ${shown(days)} days.`, `You entered ${shown(days)} days; the days' supply is ${daysRight}.`)],
    ['entry.refills', field('refills', refills === want.refills, `You entered ${want.refills} refills${refillWhy}.`, `You entered ${shown(refills)} refills; it should be ${want.refills}${refillWhy}.`)],
    ['entry.daw', field('daw', daw === rx.daw, `You entered DAW ${rx.daw} (${DAW_MEANING[rx.daw]}).`, `You entered DAW ${shown(daw)}; the prescription's code is ${rx.daw} (${DAW_MEANING[rx.daw]}).`)],
  ];
}

/** Data entry submitted; each field gets its own result. A later re-entry corrects it and means re-scanning. */
export function enterPrescription(state: EncounterState, index: number, rx: string, entry: RxEntry): Move {
  const w = workable(state, index, rx, 'entry');
  if (isNudge(w)) return say(state, w);
  if (w.progress.status === 'intake') {
    return say(state, info(index, 'order.acceptFirst', { step: 'entry', rx }, `Review and accept the prescription at intake before entering it. ${firstDo(w, state)}`));
  }
  const safe: Partial<RxEntry> = typeof entry === 'object' && entry !== null ? entry : {};
  const results = judgeFields(state, w, safe).map(([kind, verdict]) => onCheckpoint(state, index, kind, { about: rx, rx, step: 'entry' }, verdict));
  const stored: RxEntry = {
    productId: String(safe.productId ?? ''),
    sig: String(safe.sig ?? ''),
    quantity: num(safe.quantity),
    daysSupply: num(safe.daysSupply),
    refills: num(safe.refills),
    daw: num(safe.daw),
  };
  const patch = w.progress.status === 'entry' ? { status: 'selection' as const } : backToSelection;
  return say(updateRx(state, rx, { ...patch, entry: stored }), ...results);
}
