import { doNotUseIn } from '../rules/doNotUse';
import { isSigError } from '../rules/sig';
import type { RxEntry } from './actions';
import type { CheckpointKind } from './checkpoints';
import { expectedEntry, readSig, sameDirections } from './expectedEntry';
import { info, onCheckpoint, say, type Move, type Verdict } from './judge';
import { isNudge, nextUp, workable, type Workable } from './order';
import { lookAlike } from './productSelection';
import { backToSelection, productRef, rxRef, updateRx } from './progress';
import type { Result } from './results';
import type { SigMeaning } from './resultParams';
import type { EncounterState } from './state';

const num = (v: unknown): number => (typeof v === 'number' ? v : Number.NaN);
/** A number the student entered, or null when the field held none. */
const given = (v: number): number | null => (Number.isFinite(v) ? v : null);

/** Judges each field of an entry against the prescription and the rules, one verdict per field. */
function judgeFields(state: EncounterState, w: Workable, entry: Partial<RxEntry>): [CheckpointKind, Verdict][] {
  const { scenario } = state;
  const rx = w.prescription;
  const want = expectedEntry(scenario, rx);
  const unit = scenario.products.get(rx.product)?.dispenseUnit;
  const productId = typeof entry.productId === 'string' ? entry.productId : '';
  const target = productRef(scenario, rx.product);

  const theirs = readSig(typeof entry.sig === 'string' ? entry.sig : '', unit);
  const ours = readSig(rx.sig, unit);
  const sigOk = isSigError(ours)
    ? (entry.sig ?? '').trim().toLowerCase() === rx.sig.trim().toLowerCase()
    : !isSigError(theirs) && sameDirections(theirs, ours);
  const means: SigMeaning = isSigError(ours) ? { written: rx.sig } : { sig: ours };
  // Right directions with a do-not-use abbreviation typed into them ("qd") would print it on the label.
  const typedDoNotUse = doNotUseIn(typeof entry.sig === 'string' ? entry.sig : '');

  const qty = num(entry.quantity);
  const days = num(entry.daysSupply);
  const daysOk = want.daysSupply === null ? Number.isInteger(days) && days > 0 : days === want.daysSupply;
  const refills = num(entry.refills);
  const daw = num(entry.daw);
  const refill = rx.request === 'refill' ? { refill: { authorised: rx.refills, used: rx.refillsUsed } } : {};
  const bad = 'mistake' as const;
  return [
    [
      'entry.product',
      productId === rx.product
        ? { code: 'entry.product.ok', outcome: 'good', params: { product: target } }
        : {
            code: 'entry.product.wrong',
            outcome: bad,
            params: { entered: productRef(scenario, productId), lookAlike: lookAlike(scenario, productId, rx.product), wanted: target },
          },
    ],
    [
      'entry.sig',
      sigOk && typedDoNotUse.length > 0
        ? { code: 'entry.sig.doNotUse', outcome: bad, params: { uses: typedDoNotUse } }
        : sigOk
          ? { code: 'entry.sig.ok', outcome: 'good', params: { means } }
          : { code: 'entry.sig.wrong', outcome: bad, params: isSigError(theirs) ? { unreadable: theirs.error } : { theirs, means } },
    ],
    [
      'entry.quantity',
      qty === rx.quantity
        ? { code: 'entry.quantity.ok', outcome: 'good', params: { quantity: rx.quantity } }
        : { code: 'entry.quantity.wrong', outcome: bad, params: { entered: given(qty), quantity: rx.quantity, unit: unit ?? 'unit' } },
    ],
    [
      'entry.daysSupply',
      daysOk
        ? { code: 'entry.daysSupply.ok', outcome: 'good', params: { entered: given(days) } }
        : {
            code: 'entry.daysSupply.wrong',
            outcome: bad,
            params:
              want.daysSupply === null
                ? { entered: given(days), cannot: want.daysSupplyError! }
                : { entered: given(days), expected: want.daysSupply },
          },
    ],
    [
      'entry.refills',
      refills === want.refills
        ? { code: 'entry.refills.ok', outcome: 'good', params: { refills: want.refills, ...refill } }
        : { code: 'entry.refills.wrong', outcome: bad, params: { entered: given(refills), refills: want.refills, ...refill } },
    ],
    [
      'entry.daw',
      daw === rx.daw
        ? { code: 'entry.daw.ok', outcome: 'good', params: { daw: rx.daw } }
        : { code: 'entry.daw.wrong', outcome: bad, params: { entered: given(daw), daw: rx.daw } },
    ],
  ];
}

/**
 * A teaching note, unscored, when the prescription was written with do-not-use abbreviations
 * ("qd", "U", ".5 mg") and the student's directions wrote them out safely.
 */
function doNotUseNote(state: EncounterState, index: number, w: Workable, entry: Partial<RxEntry>): Result | undefined {
  const rx = w.prescription;
  const uses = [...doNotUseIn(rx.drugAsWritten), ...doNotUseIn(rx.sig)];
  if (uses.length === 0 || doNotUseIn(typeof entry.sig === 'string' ? entry.sig : '').length > 0) return undefined;
  return info(index, 'entry.doNotUse.noted', { step: 'entry', rx: rx.id }, { rx: rxRef(state.scenario, rx.id), uses });
}

/** Data entry submitted; each field gets its own result. A later re-entry corrects it and means re-scanning. */
export function enterPrescription(state: EncounterState, index: number, rx: string, entry: RxEntry): Move {
  const w = workable(state, index, rx, 'entry');
  if (isNudge(w)) return say(state, w);
  if (w.progress.status === 'intake') {
    return say(state, info(index, 'order.acceptFirst', { step: 'entry', rx }, { next: nextUp(w, state) }));
  }
  const safe: Partial<RxEntry> = typeof entry === 'object' && entry !== null ? entry : {};
  const results = judgeFields(state, w, safe).map(([kind, verdict]) =>
    onCheckpoint(state, index, kind, { about: rx, rx, step: 'entry' }, verdict),
  );
  const noted = doNotUseNote(state, index, w, safe);
  if (noted !== undefined) results.push(noted);
  const stored: RxEntry = {
    productId: String(safe.productId ?? ''),
    sig: String(safe.sig ?? ''),
    quantity: num(safe.quantity),
    daysSupply: num(safe.daysSupply),
    refills: num(safe.refills),
    daw: num(safe.daw),
  };
  const patch = w.progress.status === 'entry' ? { status: 'selection' as const } : backToSelection;
  // A new entry is a new claim: whatever the plan answered before was about the old one.
  return say(updateRx(state, rx, { ...patch, entry: stored, claim: null }), ...results);
}
