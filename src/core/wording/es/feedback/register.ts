import type { FeedbackSlice } from '../../catalogue';
import type { RegisterCode } from '../../families';

/** The register at pick-up. */
export const REGISTER_FEEDBACK: FeedbackSlice<RegisterCode> = {
  'register.none': {
    what: '{detail}',
    why: 'La caja registradora solo se usa cuando en la entrega se cobra un pago.',
    how: 'Entregue la bolsa cuando haya comprobado la identidad y ofrecido la asesoría.',
  },
  'register.paid': {
    what: '{detail}',
    why: 'El total es la suma de los copagos de las bolsas que se recogen.',
    how: 'Siga sumando usted mismo las bolsas antes de cobrar.',
  },
  'register.totalCaught': {
    what: '{detail}',
    why: 'Un total que no coincide con las bolsas significa que falta una bolsa, sobra una o tiene mal el precio, y el paciente lo paga.',
    how: 'Siga sumando los copagos de las bolsas y comparándolos con la pantalla antes de cobrar.',
  },
  'register.wrongAmount': {
    what: '{detail}',
    why: 'Cobrar una cantidad equivocada le cuesta al paciente o a la farmacia, y un total que no coincide puede indicar bolsas equivocadas.',
    how: 'Sume los copagos de las bolsas y compare la suma con el total de la caja antes de cobrar.',
  },
  'register.signed': {
    what: '{detail}',
    why: 'La firma deja constancia de que se ofreció la asesoría y de quién recogió el medicamento.',
    how: 'Siga pidiendo la firma en cada entrega.',
  },
  'register.idChecked': {
    what: '{detail}',
    why: 'Este estado exige una identificación con foto para recoger una sustancia controlada, y el registro muestra quién se la llevó.',
    how: 'Siga revisando y registrando la identificación con foto siempre que una bolsa contenga una sustancia controlada.',
  },
  'register.idNotNeeded': {
    what: '{detail}',
    why: 'La identificación con foto en la entrega se exige para las sustancias controladas donde el estado lo establece.',
    how: 'Revise las bolsas: pida identificación con foto cuando una contenga una sustancia controlada.',
  },
  'register.bagSetAside': {
    what: '{detail}',
    why: 'Las bolsas de pacientes con nombres parecidos quedan una junto a otra en la zona de recogida; entregar la equivocada es un error de dispensación.',
    how: 'Siga comparando el nombre y la fecha de nacimiento de cada bolsa con el paciente.',
  },
  'register.noOtherBag': {
    what: '{detail}',
    why: 'Devolver una bolsa que es del paciente lo deja sin su medicamento.',
    how: 'Lea el nombre y la fecha de nacimiento de cada bolsa antes de devolver alguna.',
  },
  'register.otherBagHandedOut': {
    what: '{detail}',
    why: 'El medicamento de otro paciente en manos de este paciente puede hacerle daño, y el otro paciente se queda sin él.',
    how: 'Compare el nombre y la fecha de nacimiento de cada bolsa con el paciente antes de que algo salga del mostrador.',
  },
  'register.payment.missed': {
    what: '{detail}',
    why: 'La entrega no termina hasta que se cobra el copago.',
    how: 'Confirme el total y cóbrelo antes de entregar la bolsa.',
  },
  'register.total.missed': {
    what: '{detail}',
    why: 'Un total de la caja que no coincide con las bolsas apunta a una bolsa equivocada, faltante o con el precio mal.',
    how: 'Sume los copagos de las bolsas y compárelos con el total de la caja antes de cobrar.',
  },
  'register.signature.missed': {
    what: '{detail}',
    why: 'Sin la firma no queda constancia de que se ofreció la asesoría ni de quién recogió.',
    how: 'Pida al paciente que firme el registro de entrega antes de entregarle la bolsa.',
  },
  'register.photoId.missed': {
    what: '{detail}',
    why: 'Este estado exige una identificación con foto para recoger una sustancia controlada.',
    how: 'Cuando una bolsa contenga una sustancia controlada, revise y registre una identificación con foto antes de entregarla.',
  },
  'register.otherBag.missed': {
    what: '{detail}',
    why: 'Las bolsas de nombres parecidos se sacan juntas; cada bolsa debe corresponder al paciente.',
    how: 'Lea el nombre y la fecha de nacimiento de cada bolsa, y devuelva cualquiera que no sea suya.',
  },
};
