import type { HintParams } from '../../engine/hintParams';
import type { Renderers } from '../catalogue';
import { productName, quoted, rxName } from './phrases';

/** What to do next, as the practice-mode hint says it; never a hint at a problem to catch. */
export const HINTS: Renderers<HintParams> = {
  'identity.dropoff': () => 'Confirme el nombre y la fecha de nacimiento del paciente con el perfil.',
  'question.dropoff': (p) => `Responda a la pregunta del paciente: ${quoted(p.line)}`,
  'intake.review': (p) => `Revise ${rxName(p.rx)}: acéptela o señale un problema al farmacéutico.`,
  'entry.enter': (p) => `Ingrese ${rxName(p.rx)} en la pantalla de ingreso de datos.`,
  'selection.take': (p) => `Tome del estante el producto para ${rxName(p.rx)}.`,
  'selection.scan': (p) => `Escanee el frasco para ${rxName(p.rx)}.`,
  count: (p) => `Cuente o mida ${rxName(p.rx)} en el frasco de dispensación.`,
  label: (p) => `Imprima la etiqueta para ${rxName(p.rx)} y elija sus etiquetas auxiliares.`,
  verify: (p) => `Envíe ${rxName(p.rx)} a verificación.`,
  'pickup.pharmacistBusy': () => 'El farmacéutico está atendiendo a la persona en la ventanilla: termine la atención.',
  'pickup.flagStranger': () => 'La persona que recoge no es el paciente: señáleselo al farmacéutico.',
  'question.pickup': (p) => `Responda a la pregunta: ${quoted(p.line)}`,
  'identity.pickup': () => 'Compare el nombre y la fecha de nacimiento de la persona que recoge con el perfil.',
  counseling: () => 'Ofrezca la asesoría del farmacéutico.',
  handOut: () => 'Entregue la bolsa al paciente.',
  'error.tell': () => 'Avísele ahora al farmacéutico del error.',
  'error.keep': () => 'Guarde el producto equivocado para el farmacéutico: póngalo en cuarentena.',
  'error.contact': () => 'Ayude al farmacéutico a llamar al paciente que tiene el medicamento equivocado.',
  'error.report': () => 'Llene el informe de error en la mesa del farmacéutico.',
  'call.lookUp': (p) => `Busque ${rxName(p.rx)} en el perfil: los resurtidos que quedan y el último surtido.`,
  'call.decide': (p) => `Decida qué hacer con la llamada de ${p.caller}.`,
  'register.photoId': () => 'Una bolsa contiene una sustancia controlada: revise y registre una identificación con foto.',
  'register.collect': () => 'Sume las bolsas, confirme el total y cobre el pago.',
  'register.sign': () => 'Pida al paciente que firme por el ofrecimiento de asesoría y el registro de entrega.',
  'claim.submit': (p) => `Envíe la reclamación al seguro de ${rxName(p.rx)} en la estación de ingreso de datos.`,
  'claim.resolve': (p) => `Se rechazó la reclamación de ${rxName(p.rx)} (${p.reject}): lea el rechazo y elija qué hacer.`,
  'receive.check': (p) =>
    `Compare la línea ${p.line.id} de la caja (${productName(p.line.product)}) con la factura: NDC, concentración, cantidad, lote y vencimiento.`,
  'receive.putAway': (p) => `Guarde la línea ${p.line.id} de la caja (${productName(p.line.product)}).`,
  'receive.report': (p) => `Informe al farmacéutico de la discrepancia en la línea ${p.line.id} (${productName(p.line.product)}).`,
  'receive.toPharmacist': (p) => `Entregue la línea ${p.line.id} (${productName(p.line.product)}) al farmacéutico para que la registre.`,
  'receive.pull': (p) => `Retire del estante a cuarentena el lote vencido ${p.lot} de ${productName(p.product)}.`,
  'receive.finish': () => 'Todas las líneas están atendidas: termine el pedido.',
};
