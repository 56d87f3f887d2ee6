import { describe, expect, it } from 'vitest';
import { entryDetail, neutralEncounterText, neutralShiftText } from '../../../src/platform/libraryDescription';
import { i18n } from '../../../src/ui/i18n';
import { detailText, neutralText } from '../../../src/ui/menu/entryText';

const en = i18n.getFixedT('en');
const es = i18n.getFixedT('es');
const encounter = (prescriptions: number, patient: Record<string, string> = { firstName: 'Rosa', lastName: 'Díaz' }) =>
  neutralEncounterText({ patient, prescriptions: Array.from({ length: prescriptions }, () => ({})) });
const shift = (encounters: number, startsAt?: string) =>
  neutralShiftText({ encounters: Array.from({ length: encounters }, () => 'x.json'), ...(startsAt ? { startsAt } : {}) });

/** The menu's neutral lines come from the file as codes and are worded in the student's language. */
describe("a menu entry's neutral line and note", () => {
  it('says who comes to the counter with how many prescriptions, spelled out up to nine', () => {
    expect(neutralText(encounter(1), en)).toBe('Rosa Díaz comes to the counter with one prescription.');
    expect(neutralText(encounter(3), en)).toBe('Rosa Díaz comes to the counter with three prescriptions.');
    expect(neutralText(encounter(12), en)).toBe('Rosa Díaz comes to the counter with 12 prescriptions.');
    expect(neutralText(encounter(0, {}), en)).toBe('A patient comes to the counter with no prescriptions.');
    expect(neutralText(encounter(1), es)).toBe('Rosa Díaz llega al mostrador con una receta.');
    expect(neutralText(encounter(2, {}), es)).toBe('Un paciente llega al mostrador con dos recetas.');
  });

  it("gives a shift's size and start, capitalised at the start of the sentence", () => {
    expect(neutralText(shift(4, '08:30'), en)).toBe('Four patients from 08:30.');
    expect(neutralText(shift(1), en)).toBe('One patient.');
    expect(neutralText(shift(4, '08:30'), es)).toBe('Cuatro pacientes desde las 08:30.');
    expect(neutralText(shift(1), es)).toBe('Un paciente.');
  });

  it("notes a shift's size and an encounter's difficulty only, in the student's language", () => {
    expect(detailText(entryDetail({ encounters: ['a', 'b', 'c'] }, 'shift')!, en)).toBe('3 patients');
    expect(detailText(entryDetail({ difficulty: 'advanced', type: 'catch' }, 'encounter')!, es)).toBe('avanzado');
    expect(entryDetail({ difficulty: 'catch' }, 'encounter')).toBeNull();
    expect(detailText({ kind: 'unreadable' }, es)).toBe('no se puede leer — ejecute npm run check-scenarios');
  });
});
