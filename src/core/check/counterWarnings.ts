import { say } from '../scenario/checkerWords';
import type { Placer } from '../scenario/placer';
import type { Problem } from '../scenario/problems';
import { productOf, type ResolvedEncounter } from '../scenario/resolve';

/**
 * The phone call and register facts against each other and the prescriptions: a call on an
 * encounter that does not arrive by phone (or the other way round), an emergency on a call that
 * is not a C-II, a register with no copays, and a register total that already matches.
 */
export function counterWarnings(encounter: ResolvedEncounter, place: Placer): Problem[] {
  const out: Problem[] = [];
  const { call, register } = encounter;
  if (call !== undefined && encounter.channel !== 'phone') {
    out.push(place(['call'], say('callButNotPhone', { channel: encounter.channel }), 'warning'));
  }
  if (call === undefined && encounter.channel === 'phone') {
    out.push(place(['channel'], say('phoneWithoutCall'), 'warning'));
  }
  const first = encounter.prescriptions[0];
  if (call?.emergency === true && first !== undefined && productOf(encounter, first.product).schedule !== 'II') {
    out.push(place(['call', 'emergency'], say('emergencyNotCII'), 'warning'));
  }
  if (call !== undefined && register !== undefined) {
    out.push(place(['register'], say('registerOnCall'), 'warning'));
  }
  if (register !== undefined && call === undefined && encounter.prescriptions.every((p) => p.copay === undefined)) {
    out.push(place(['register'], say('registerNothingToCollect'), 'warning'));
  }
  if (register?.shownTotal !== undefined) {
    const sum = encounter.prescriptions.reduce((s, p) => s + (p.copay ?? 0), 0);
    if (Math.round(sum * 100) === Math.round(register.shownTotal * 100)) {
      out.push(place(['register', 'shownTotal'], say('shownTotalMatches', { sum: sum.toFixed(2) }), 'warning'));
    }
  }
  return out;
}
