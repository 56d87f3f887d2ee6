import { OTHER_BAG } from './actions';
import { info, onCheckpoint, penalty, say, type Move } from './judge';
import { notYet } from './pickup';
import { cents, registerFacts, type RegisterFacts } from './registerPlan';
import type { EncounterState } from './state';

const where = { step: 'pickup' as const };

/** The prescriptions in this patient's bags right now. */
const baggedRx = (state: EncounterState): string[] =>
  Object.values(state.rx)
    .filter((p) => p.status === 'verified')
    .map((p) => p.id);

/** The register's facts, or the move that says why the register cannot be used yet. */
function open(state: EncounterState, index: number): RegisterFacts | Move {
  const blocked = notYet(state, index);
  if (blocked !== null) return blocked;
  const facts = registerFacts(state.scenario, baggedRx(state));
  return facts ?? say(state, info(index, 'register.none', where, {}));
}

const isMove = (x: RegisterFacts | Move): x is Move => 'state' in x;

/** The total confirmed and collected: right when it is what the bags add up to, whatever the screen shows. */
export function collectPayment(state: EncounterState, index: number, amount: number): Move {
  const facts = open(state, index);
  if (isMove(facts)) return facts;
  if (state.register.paid !== null) return say(state, info(index, 'order.alreadyDone', where, { done: 'payment' }));
  const right = cents(amount) === cents(facts.total);
  const kind = facts.mismatch ? 'register.totalCatch' : 'register.payment';
  const result = right
    ? onCheckpoint(
        state,
        index,
        kind,
        {},
        facts.mismatch
          ? { code: 'register.totalCaught', outcome: 'good', params: { shown: facts.shown, amount: facts.total } }
          : { code: 'register.paid', outcome: 'good', params: { amount: facts.total } },
      )
    : onCheckpoint(
        state,
        index,
        kind,
        {},
        {
          code: 'register.wrongAmount',
          outcome: 'mistake',
          params: { entered: amount, amount: facts.total, shown: facts.shown },
        },
      );
  return say({ ...state, register: { ...state.register, paid: amount } }, result);
}

/** The patient's signature for the counseling offer and the pick-up log. */
export function signPickupLog(state: EncounterState, index: number): Move {
  const facts = open(state, index);
  if (isMove(facts)) return facts;
  if (state.register.signed) return say(state, info(index, 'order.alreadyDone', where, { done: 'signature' }));
  const result = onCheckpoint(state, index, 'register.signature', {}, { code: 'register.signed', outcome: 'good', params: {} });
  return say({ ...state, register: { ...state.register, signed: true } }, result);
}

/** A photo ID checked and recorded, for a controlled substance where the state requires it. */
export function checkPhotoId(state: EncounterState, index: number): Move {
  const facts = open(state, index);
  if (isMove(facts)) return facts;
  if (state.register.idChecked) return say(state, info(index, 'order.alreadyDone', where, { done: 'photoId' }));
  const next = { ...state, register: { ...state.register, idChecked: true } };
  if (!facts.idNeeded) return say(next, info(index, 'register.idNotNeeded', where, {}));
  return say(next, onCheckpoint(state, index, 'register.photoId', {}, { code: 'register.idChecked', outcome: 'good', params: {} }));
}

/** A bag that is not this patient's put back in will-call; on a bag that is theirs it is a false alarm. */
export function setAsideBag(state: EncounterState, index: number, bag: string): Move {
  const facts = open(state, index);
  if (isMove(facts)) return facts;
  const other = state.scenario.register?.otherBag;
  if (state.register.bagSetAside) return say(state, info(index, 'order.alreadyDone', where, { done: 'bag' }));
  if (other === undefined || bag !== OTHER_BAG) {
    return say(state, penalty(index, 'register.noOtherBag', where, { skill: 'efficiency', points: -3, outcome: 'mistake', params: {} }));
  }
  const result = onCheckpoint(
    state,
    index,
    'register.otherBag',
    {},
    {
      code: 'register.bagSetAside',
      outcome: 'good',
      params: { name: other.name, drug: other.drug },
    },
  );
  return say({ ...state, register: { ...state.register, bagSetAside: true } }, result);
}
