import type { Prescription } from '../../../../core';

type Field = Prescription['alterations'][number]['field'];

/** The alterations on one field, so each line of the document can show its own overwrite. */
export function alterationsOn(rx: Prescription, field: Field): Prescription['alterations'] {
  return rx.alterations.filter((a) => a.field === field);
}
