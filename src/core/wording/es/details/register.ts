import type { DetailSlice } from '../../catalogue';
import type { RegisterCode } from '../../families';

/** Dollars as the register shows them (US dollars, written as US registers print them). */
const dollars = (n: number): string => `$${n.toFixed(2)}`;

/** The register at pick-up. */
export const REGISTER_DETAILS: DetailSlice<RegisterCode> = {
  'register.none': () => 'Esta entrega no pasa por la caja registradora.',
  'register.paid': (p) => `Cobró ${dollars(p.amount)}, lo que suman las bolsas.`,
  'register.totalCaught': (p) =>
    `La caja mostraba ${dollars(p.shown)}, pero las bolsas suman ${dollars(p.amount)}: usted lo notó y cobró la cantidad correcta.`,
  'register.wrongAmount': (p) =>
    p.shown !== p.amount && p.entered === p.shown
      ? `Cobró los ${dollars(p.shown)} que mostraba la caja, pero las bolsas suman ${dollars(p.amount)}.`
      : `Cobró ${dollars(p.entered)}, pero las bolsas suman ${dollars(p.amount)}.`,
  'register.signed': () => 'El paciente firmó por el ofrecimiento de asesoría y el registro de entrega.',
  'register.idChecked': () => 'Revisó la identificación con foto para la sustancia controlada y la registró.',
  'register.idNotNeeded': () => 'Aquí no se necesita identificación con foto para estas bolsas; de todos modos la registró.',
  'register.bagSetAside': (p) => `Notó la bolsa de ${p.name} (${p.drug}) y la devolvió a la zona de recogida (will-call).`,
  'register.noOtherBag': () => 'Esa bolsa es de este paciente; debía llevársela a casa.',
  'register.otherBagHandedOut': (p) => `La bolsa de ${p.name} (${p.drug}) se fue a casa con el paciente equivocado.`,
  'register.payment.missed': () => 'Nunca se cobró el pago.',
  'register.total.missed': () => 'Nunca se comparó el total de la caja con las bolsas, y nunca se cobró el pago.',
  'register.signature.missed': () => 'El paciente nunca firmó por el ofrecimiento de asesoría ni el registro de entrega.',
  'register.photoId.missed': () => 'Nunca se revisó la identificación con foto para la sustancia controlada.',
  'register.otherBag.missed': (p) => `Nadie notó la bolsa de ${p.name} (${p.drug}) entre las bolsas de este paciente.`,
};
