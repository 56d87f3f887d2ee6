import type { EntryCode } from '../../families';
import type { SigMeaning } from '../../../engine/resultParams';
import { say, type DetailSlice } from '../../catalogue';
import type { DoNotUse, DoNotUseUse } from '../../../rules/doNotUse';
import { capital, entered, listPhrase, productName, quoted, rxName, sentence, unitCount } from '../phrases';
import { sigSentence } from '../sig';
import { SIG_PROBLEMS, SUPPLY_PROBLEMS } from '../sigProblems';

/** What each product-selection (DAW) code means. */
const DAW_MEANING = [
  'se permite la sustitución',
  'el médico indica surtir tal como está escrito',
  'el paciente pidió la marca',
  'el farmacéutico eligió la marca',
  'el genérico no está en existencia',
  'marca surtida como genérico',
  'anulación',
  'la ley exige la marca',
  'el genérico no está disponible',
  'el plan pide la marca',
];
const dawMeaning = (daw: number): string => DAW_MEANING[daw] ?? 'un código que el sistema no conoce';

/** The prescription's directions in quotation marks: the label sentence, or as written when the rules cannot read them. */
const means = (m: SigMeaning): string => quoted('sig' in m ? sigSentence(m.sig) : m.written);

/**
 * What the Joint Commission list says to write instead of each item. The sig is typed in English
 * abbreviations, so the safe words to type stay English; the Spanish says what they mean.
 */
const INSTEAD: Record<DoNotUse, string> = {
  qd: 'daily',
  qod: 'every other day',
  u: 'units',
  iu: 'units',
  trailingZero: '',
  leadingZero: '',
  ms: 'morphine sulfate',
  mso4: 'morphine sulfate',
  mgso4: 'magnesium sulfate',
};

/** Do-not-use abbreviations with what to write instead: `"qd" (escriba "daily")`. */
const doNotUseList = (uses: readonly DoNotUseUse[]): string =>
  listPhrase(uses.map((u) => `${quoted(u.written)} (escriba ${quoted(u.number ?? INSTEAD[u.item])})`));

/** The start of a sentence made into a clause after a colon. */
const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/** On a refill request, the refills authorised and used. */
const refillUse = (r: { authorised: number; used: number } | undefined): string =>
  r === undefined ? '' : ` (${r.authorised} autorizados, ${r.used} usados)`;

/** Data entry, one result per field. */
export const ENTRY_DETAILS: DetailSlice<EntryCode> = {
  'entry.product.ok': (p) => `Eligió ${productName(p.product)}.`,
  'entry.product.wrong': (p) =>
    `Ingresó ${productName(p.entered)}${p.lookAlike ? ', un producto de aspecto parecido' : ''}; la receta es para ${productName(p.wanted)}.`,
  'entry.sig.ok': (p) => `Sus indicaciones significan ${means(p.means)}, tal como se recetó.`,
  'entry.sig.wrong': (p) =>
    'unreadable' in p
      ? `No se pudieron leer sus indicaciones: ${lowerFirst(say(SIG_PROBLEMS, p.unreadable))}`
      : sentence(`Sus indicaciones dicen ${quoted(sigSentence(p.theirs))}, pero la receta significa ${means(p.means)}`),
  'entry.sig.doNotUse': (p) =>
    `Sus indicaciones significan lo correcto, pero usan ${doNotUseList(p.uses)}, de la lista "No usar" (Do Not Use).`,
  'entry.doNotUse.noted': (p) =>
    `${capital(rxName(p.rx))} está escrita con ${doNotUseList(p.uses)}, de la lista "No usar" (Do Not Use), y en sus indicaciones ${p.uses.length === 1 ? 'lo escribió' : 'los escribió'} con palabras completas.`,
  'entry.quantity.ok': (p) => `Ingresó ${p.quantity}.`,
  'entry.quantity.wrong': (p) => `Ingresó ${entered(p.entered)}; la receta es para ${p.quantity} ${unitCount(p.unit, p.quantity)}.`,
  'entry.daysSupply.ok': (p) => `Ingresó ${entered(p.entered)} días.`,
  'entry.daysSupply.wrong': (p) =>
    `Ingresó ${entered(p.entered)} días; los días de suministro ${
      'cannot' in p
        ? `no se pueden calcular con las reglas (${say(SUPPLY_PROBLEMS, p.cannot)}), así que consulte al farmacéutico`
        : `son ${p.expected}`
    }.`,
  'entry.refills.ok': (p) => `Ingresó ${p.refills} resurtidos${refillUse(p.refill)}.`,
  'entry.refills.wrong': (p) => `Ingresó ${entered(p.entered)} resurtidos; deberían ser ${p.refills}${refillUse(p.refill)}.`,
  'entry.daw.ok': (p) => `Ingresó DAW ${p.daw} (${dawMeaning(p.daw)}).`,
  'entry.daw.wrong': (p) => `Ingresó DAW ${entered(p.entered)}; el código de la receta es ${p.daw} (${dawMeaning(p.daw)}).`,
  'entry.missed': (p) => `${capital(rxName(p.rx))} nunca se ingresó.`,
};
