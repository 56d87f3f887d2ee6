import { say } from './checkerWords';
import type { Placer } from './placer';
import type { ProblemSink } from './problemSink';
import type { Shift } from './shiftSchema';

/** The encounter id a shift entry's file names by convention: its file name without ".json". */
const idOfFile = (file: string): string => (file.split('/').pop() ?? file).replace(/\.json$/, '');

/**
 * Each `discoversErrorIn` names an encounter that comes earlier in the shift (by arrival time):
 * an error can only come to light after the fill it is about.
 */
export function shiftLinks(shift: Shift, place: Placer, sink: ProblemSink): void {
  shift.encounters.forEach((entry, i) => {
    const target = entry.discoversErrorIn;
    if (target === undefined) return;
    const earlier = shift.encounters.filter(
      (e, j) =>
        j !== i && (e.arrivesAfterMinutes < entry.arrivesAfterMinutes || (e.arrivesAfterMinutes === entry.arrivesAfterMinutes && j < i)),
    );
    if (earlier.some((e) => idOfFile(e.file) === target)) return;
    const named = shift.encounters.findIndex((e) => idOfFile(e.file) === target);
    const ids = earlier.map((e) => idOfFile(e.file));
    sink.add(() =>
      place(
        ['encounters', i, 'discoversErrorIn'],
        named >= 0 ? say('linkNotEarlier', { target, index: named }) : say('linkUnknown', { target, ids }),
      ),
    );
  });
}
