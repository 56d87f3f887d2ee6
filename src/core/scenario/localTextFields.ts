import type { Encounter } from './encounterSchema';
import type { LocalText } from './primitives';
import type { Shift } from './shiftSchema';

/** One text a student reads, where the file holds it. */
export interface LocalTextField {
  path: (string | number)[];
  value: LocalText;
}

/** Every text in an encounter that an author may write in several languages, in file order. */
export function encounterTextFields(e: Encounter): LocalTextField[] {
  const fields: LocalTextField[] = [];
  const add = (path: (string | number)[], value: LocalText | undefined) => {
    if (value !== undefined) fields.push({ path, value });
  };
  add(['title'], e.title);
  add(['summary'], e.summary);
  add(['studentSummary'], e.studentSummary);
  e.learningObjectives.forEach((o, i) => add(['learningObjectives', i], o));
  e.prescriptions.forEach((rx, i) =>
    rx.alterations.forEach((a, j) => add(['prescriptions', i, 'alterations', j, 'description'], a.description)),
  );
  for (const stage of ['dropOff', 'pickUp'] as const) {
    e.dialogue[stage].forEach((line, i) => {
      const at = ['dialogue', stage, i];
      add([...at, 'text'], line.text);
      add([...at, 'speaker'], line.speaker);
      add([...at, 'technicianAnswer'], line.technicianAnswer);
      line.replies?.forEach((r, j) => add([...at, 'replies', j, 'text'], r.text));
    });
  }
  for (const [key, note] of Object.entries(e.intent.teachingNotes)) add(['intent', 'teachingNotes', key], note);
  return fields;
}

/** Every text in a shift that an author may write in several languages. */
export function shiftTextFields(s: Shift): LocalTextField[] {
  return [{ path: ['title'], value: s.title }, ...(s.summary !== undefined ? [{ path: ['summary'], value: s.summary }] : [])];
}
