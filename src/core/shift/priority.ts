import type { Coded } from '../coded';
import type { LocalText } from '../scenario/primitives';
import type { ShiftPatient, ShiftState } from './shiftState';

/** How a piece of work arrives (the encounter's `channel`). */
export type Channel = 'counter' | 'phone' | 'backRoom';

/** What the summary needs to know of one piece of work: its title and how it arrives. */
export interface WorkItem {
  title: LocalText;
  channel: Channel;
}

/** What each prioritising judgement carries: the work taken and the work passed over, by title. */
export interface PriorityParams {
  'priority.urgentFirst': { taken: LocalText; passedOver: LocalText };
  'priority.patientFirst': { taken: LocalText; passedOver: LocalText };
  'priority.urgentWaited': { taken: LocalText; passedOver: LocalText };
  'priority.patientWaited': { taken: LocalText; passedOver: LocalText };
}

/** A prioritising judgement code. */
export type PriorityCode = keyof PriorityParams;

/** The prioritising codes, in the order the catalogue words them. */
export const PRIORITY_CODES = ['priority.urgentFirst', 'priority.patientFirst', 'priority.urgentWaited', 'priority.patientWaited'] as const;

/** One choice of what to do next, judged: taken at shift second `at`. */
export type PriorityDecision = { outcome: 'good' | 'mistake'; at: number } & Coded<PriorityParams>;

/**
 * The order work should be taken in: urgent work first (a refrigerated tote cannot wait), then
 * people at the counter or on the phone, then routine back-room work such as restocking.
 */
export function rank(patient: ShiftPatient, work: WorkItem): number {
  if (patient.urgency === 'urgent') return 0;
  return work.channel === 'backRoom' ? 2 : 1;
}

/**
 * How the student prioritised, judged at each moment they chose what to do next with more than
 * one kind of work waiting: taking the most pressing is good; leaving urgent work or a waiting
 * patient behind routine back-room work is a mistake. Work whose file is gone is left out.
 */
export function prioritisation(state: ShiftState, workOf: (path: string) => WorkItem | null): PriorityDecision[] {
  const out: PriorityDecision[] = [];
  for (let k = 1; k < state.finished.length + (state.over ? 0 : 1); k++) {
    const at = state.finished[k - 1]!.at;
    const waiting = state.patients
      .slice(k)
      .filter((p) => p.arrivesAt <= at)
      .flatMap((p) => {
        const work = workOf(p.path);
        return work === null ? [] : [{ p, work, rank: rank(p, work) }];
      });
    const taken = waiting.find((w) => w.p.turn === state.patients[k]?.turn);
    if (taken === undefined) continue;
    const best = Math.min(...waiting.map((w) => w.rank));
    const other = waiting.find((w) => w.rank !== taken.rank && (taken.rank === best ? true : w.rank === best));
    if (other === undefined) continue;
    const params = { taken: taken.work.title, passedOver: other.work.title };
    if (taken.rank === best) {
      out.push({ code: taken.rank === 0 ? 'priority.urgentFirst' : 'priority.patientFirst', outcome: 'good', at, params });
    } else {
      out.push({ code: best === 0 ? 'priority.urgentWaited' : 'priority.patientWaited', outcome: 'mistake', at, params });
    }
  }
  return out;
}
