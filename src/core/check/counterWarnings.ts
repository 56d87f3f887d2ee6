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
    out.push(place(['call'], `this encounter has a "call" but its channel is "${encounter.channel}": set "channel": "phone"`, 'warning'));
  }
  if (call === undefined && encounter.channel === 'phone') {
    out.push(
      place(['channel'], 'this encounter arrives by phone but has no "call": add one with its "kind", "caller" and "says"', 'warning'),
    );
  }
  const first = encounter.prescriptions[0];
  if (call?.emergency === true && first !== undefined && productOf(encounter, first.product).schedule !== 'II') {
    out.push(
      place(['call', 'emergency'], 'an emergency matters only for a C-II called in by phone; this prescription is not a C-II', 'warning'),
    );
  }
  if (call !== undefined && register !== undefined) {
    out.push(place(['register'], 'a phone call has no pick-up, so the register is never used: remove "register"', 'warning'));
  }
  if (register !== undefined && call === undefined && encounter.prescriptions.every((p) => p.copay === undefined)) {
    out.push(place(['register'], 'the register has nothing to collect: give each prescription a "copay"', 'warning'));
  }
  if (register?.shownTotal !== undefined) {
    const sum = encounter.prescriptions.reduce((s, p) => s + (p.copay ?? 0), 0);
    if (Math.round(sum * 100) === Math.round(register.shownTotal * 100)) {
      out.push(
        place(
          ['register', 'shownTotal'],
          `the register's total already matches the copays ($${sum.toFixed(2)}); leave "shownTotal" out, or make it differ to plant a catch`,
          'warning',
        ),
      );
    }
  }
  return out;
}
