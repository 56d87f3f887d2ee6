import type { FeedbackSlice } from '../../catalogue';
import type { ClaimCode } from '../../families';

/** Insurance claims: each reject says why the plan refused and what the technician does next (pharmacy-rules.md §6.1). */
export const CLAIM_FEEDBACK: FeedbackSlice<ClaimCode> = {
  'claim.paid': {
    what: '{detail}',
    why: 'Una reclamación pagada significa que el plan está de acuerdo en quién es el paciente, quién recetó, y que el medicamento, la cantidad y los días están cubiertos.',
    how: 'Siga facturando con la tarjeta que tiene en la mano y con la receta, y dígale al paciente el copago en la entrega.',
  },
  'claim.rejected.07': {
    what: '{detail}',
    why: 'Sin el número de identificación del asegurado, el plan no puede encontrar al paciente.',
    how: 'Escriba el número de miembro exactamente como aparece en la tarjeta y vuelva a enviarla.',
  },
  'claim.rejected.09': {
    what: '{detail}',
    why: 'El plan compara la fecha de nacimiento con el código de persona: un dependiente facturado como 01 (el titular) tiene la fecha de nacimiento equivocada en el registro.',
    how: 'Revise el código de persona de la tarjeta (01 titular, 02 cónyuge, 03 en adelante dependientes) y la fecha de nacimiento del paciente, corríjalos y vuelva a enviarla.',
  },
  'claim.rejected.19': {
    what: '{detail}',
    why: 'Si faltan los días de suministro o son imposibles, el plan no puede calcular los resurtidos ni revisar los límites.',
    how: 'Calcule los días de suministro a partir de la cantidad y el sig, corrija el ingreso y vuelva a enviarla.',
  },
  'claim.rejected.25': {
    what: '{detail}',
    why: 'Cada reclamación necesita un NPI válido de 10 dígitos; uno que no pasa su dígito de control es un error de escritura o un número equivocado.',
    how: 'Busque al médico en el registro de NPI, facture su propio NPI y vuelva a enviarla; si no lo encuentra, pregúntele al farmacéutico.',
  },
  'claim.rejected.41': {
    what: '{detail}',
    why: 'Este plan solo paga después del otro seguro del paciente (coordinación de beneficios): primero hay que facturar al plan primario.',
    how: 'Pida todas las tarjetas que tenga el paciente, facture primero al plan primario y al secundario solo lo que quede.',
  },
  'claim.rejected.52': {
    what: '{detail}',
    why: 'El número de miembro enviado no coincide con nadie que cubra el plan: por lo general es una tarjeta vieja o un error en el perfil.',
    how: 'Compare el número de miembro de la tarjeta que tiene en la mano con el perfil, corríjalo y vuelva a enviarla.',
  },
  'claim.rejected.56': {
    what: '{detail}',
    why: 'El plan compara el NPI con el médico; se rechaza el NPI de grupo de una clínica o el de otro médico.',
    how: 'Busque en el registro el NPI propio del médico, corríjalo y vuelva a enviarla.',
  },
  'claim.rejected.65': {
    what: '{detail}',
    why: 'El plan no cubre a este paciente en esta fecha, así que no va a pagar.',
    how: 'Revise la elegibilidad y pregunte por otro seguro: facture al otro plan si lo hay; si no, ofrezca el precio en efectivo.',
  },
  'claim.rejected.69': {
    what: '{detail}',
    why: 'La cobertura del paciente terminó antes del surtido de hoy; el plan no paga después de que termina.',
    how: 'Pregunte si el paciente tiene un seguro nuevo y factúrelo; si no lo tiene, ofrezca el precio en efectivo y sugiérale que llame a su plan.',
  },
  'claim.rejected.70': {
    what: '{detail}',
    why: 'El plan excluye este producto, así que ninguna corrección de la reclamación hará que lo pague.',
    how: 'Ofrezca el precio en efectivo o con descuento; si el paciente no puede pagarlo, el farmacéutico puede consultar al médico sobre una alternativa cubierta.',
  },
  'claim.rejected.75': {
    what: '{detail}',
    why: 'El plan paga este medicamento solo después de que el médico demuestre por qué lo necesita el paciente (autorización previa).',
    how: 'Envíe al médico una solicitud de autorización previa y dígale al paciente que suele tardar unos días hábiles; ofrezca el precio en efectivo si no puede esperar.',
  },
  'claim.rejected.76': {
    what: '{detail}',
    why: 'La reclamación pasa el límite de cantidad o de días de suministro del plan para un solo surtido.',
    how: 'Si es un límite de días de suministro, surta la cantidad que cabe en él con la misma dosis (el resto queda como resurtidos); un límite de cantidad que la dosis no puede cumplir necesita una autorización previa.',
  },
  'claim.rejected.79': {
    what: '{detail}',
    why: 'El plan paga un resurtido solo cuando ya se usó la mayor parte de los días de suministro del último surtido.',
    how: 'Dígale al paciente la fecha en que pasará el resurtido; una anulación por vacaciones o por medicamento perdido la gestiona el farmacéutico.',
  },
  'claim.rejected.88': {
    what: '{detail}',
    why: 'La revisión de uso de medicamentos (DUR) del plan encontró un problema con otro surtido; decidir si es seguro es una decisión clínica del farmacéutico.',
    how: 'Pásela al farmacéutico; nunca anule usted mismo un rechazo por DUR.',
  },
  'claim.rejected.E7': {
    what: '{detail}',
    why: 'Una cantidad que falta o es imposible no se puede cotizar ni comparar con los límites.',
    how: 'Ingrese la cantidad exactamente como se recetó y vuelva a enviarla.',
  },
  'claim.resolved': {
    what: '{detail}',
    why: 'Cada rechazo tiene su propia solución, y el paciente se va sabiendo qué sigue.',
    how: 'Siga leyendo el código de rechazo y su mensaje antes de actuar.',
  },
  'claim.resolution.wrong': {
    what: '{detail}',
    why: 'Una respuesta equivocada a un rechazo deja al paciente sin su medicamento, pagando más de lo necesario, o con un surtido que el plan no pagará.',
    how: 'Lea primero el código de rechazo: los rechazos de ingreso se corrigen y se vuelven a enviar; los de cobertura van a otro plan o en efectivo; el 75 es una autorización previa; el 79 es una fecha; el 88 es para el farmacéutico.',
  },
  'claim.override': {
    what: '{detail}',
    why: 'Anular un rechazo por DUR o por resurtido temprano es un juicio profesional con sus propios códigos; un técnico que lo hace actúa fuera de sus funciones.',
    how: 'Pase al farmacéutico los rechazos por DUR y las solicitudes de resurtido temprano; él decide si se anulan.',
  },
  'claim.missed': {
    what: '{detail}',
    why: 'Una receta surtida sin reclamación nunca se paga, y al paciente se le cobra una cantidad equivocada.',
    how: 'Después del ingreso de datos, envíe la reclamación y espere a que el plan pague antes de sacar el producto.',
  },
  'claim.unresolved': {
    what: '{detail}',
    why: 'Un rechazo que nadie responde deja al paciente esperando en el mostrador sin medicamento y sin un plan.',
    how: 'Responda a cada rechazo: corrija y vuelva a enviar, facture a otro plan, pida autorización previa, ofrezca efectivo, dé la próxima fecha o páselo al farmacéutico.',
  },
  'claim.notBilled': {
    what: '{detail}',
    why: 'Un paciente que paga en efectivo no tiene ningún plan al cual facturar.',
    how: 'Siga adelante y saque el producto.',
  },
  'claim.first': {
    what: '{detail}',
    why: 'Sacar y contar un medicamento que el plan no va a pagar desperdicia tiempo e inventario.',
    how: 'Envíe primero la reclamación en la estación de ingreso de datos.',
  },
  'claim.settled': {
    what: '{detail}',
    why: 'Facturar otra vez una reclamación resuelta le cobraría dos veces al plan.',
    how: 'Siga adelante y saque el producto.',
  },
  'claim.nothingToResolve': {
    what: '{detail}',
    why: 'Solo una reclamación rechazada necesita respuesta.',
    how: 'Primero envíe la reclamación y lea lo que dice el plan.',
  },
  'claim.noSecondary': {
    what: '{detail}',
    why: 'No hay ninguna otra tarjeta registrada a la cual facturar.',
    how: 'Pregúntele al paciente si tiene otro seguro, u ofrezca el precio en efectivo.',
  },
};
