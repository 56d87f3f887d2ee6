import type { FeedbackSlice } from '../../catalogue';
import type { ReportCode } from '../../families';

/** Owning a mistake: what / why / how, blame-free (pharmacy-rules.md §7, §13.1). */
export const REPORT_FEEDBACK: FeedbackSlice<ReportCode> = {
  'error.nothingToOwn': {
    what: '{detail}',
    why: 'El protocolo de errores es para un error que ya ocurrió.',
    how: 'Siga con el trabajo que tiene delante.',
  },
  'error.told': {
    what: '{detail}',
    why: 'El farmacéutico decide lo que necesita el paciente y puede tener que actuar en minutos; cada minuto que el error queda en silencio cuenta.',
    how: 'Siga avisándole al farmacéutico en cuanto encuentre un error, sin importar quién lo cometió.',
  },
  'error.tell.missed': {
    what: '{detail}',
    why: 'Solo el farmacéutico puede juzgar el daño, llamar al médico y decidir lo que necesita el paciente.',
    how: 'Avísele al farmacéutico de inmediato, antes que cualquier otra cosa.',
  },
  'error.quarantined': {
    what: '{detail}',
    why: 'El farmacéutico necesita el producto para comprobar qué se entregó, y la cuarentena evita que se vuelva a surtir.',
    how: 'Siga embolsando y etiquetando para cuarentena todo producto equivocado.',
  },
  'error.reshelved': {
    what: '{detail}',
    why: 'De vuelta en el estante puede llegar a otro paciente, y el farmacéutico pierde lo que necesita revisar.',
    how: 'Ponga todo producto equivocado o devuelto en cuarentena para el farmacéutico; nunca de vuelta en el estante.',
  },
  'error.discarded': {
    what: '{detail}',
    why: 'El farmacéutico y el informe necesitan el producto mismo: su lote, su etiqueta y lo que contiene.',
    how: 'Póngalo en cuarentena para el farmacéutico en lugar de tirarlo.',
  },
  'error.keep.missed': {
    what: '{detail}',
    why: 'Un producto equivocado que queda por ahí se puede volver a surtir, y el farmacéutico lo necesita para revisarlo.',
    how: 'Aparte de inmediato el producto equivocado en cuarentena.',
  },
  'error.contacted': {
    what: '{detail}',
    why: 'Un paciente con el medicamento equivocado en casa puede tomar la siguiente dosis en cualquier momento.',
    how: 'Siga llamando de inmediato junto con el farmacéutico, que es quien habla con el paciente sobre su salud.',
  },
  'error.contact.notNeeded': {
    what: '{detail}',
    why: 'Cada paso del protocolo corresponde al lugar donde está ahora el producto equivocado.',
    how: 'Compruebe dónde está el producto: en la farmacia, con el paciente en el mostrador o en su casa.',
  },
  'error.contact.missed': {
    what: '{detail}',
    why: 'Un paciente con el medicamento equivocado en casa puede tomar la siguiente dosis en cualquier momento.',
    how: 'Ayude al farmacéutico a llamar al paciente en cuanto el farmacéutico lo sepa.',
  },
  'report.honest': {
    what: '{detail}',
    why: 'Un informe honesto y completo permite a la farmacia encontrar lo que provocó el error y corregirlo, para que no le pase al siguiente paciente.',
    how: 'Siga informando lo que pasó, cómo se descubrió y qué lo evitaría, sin culpar a nadie.',
  },
  'report.incomplete': {
    what: '{detail}',
    why: 'Un informe al que le faltan datos no puede mostrarle a la farmacia qué cambiar.',
    how: 'Llene cada parte: qué pasó, cómo se descubrió, si llegó al paciente, al menos un factor contribuyente y un paso de prevención.',
  },
  'report.hides': {
    what: '{detail}',
    why: 'Un informe que oculta o minimiza un error pone en riesgo al paciente e impide que la farmacia aprenda de él; informar no busca culpables, justamente para que nadie tenga que ocultar nada.',
    how: 'Informe exactamente lo que se surtió y si llegó al paciente, aunque el error haya sido suyo.',
  },
  'report.blame': {
    what: '{detail}',
    why: 'Los errores vienen de los sistemas tanto como de las personas; culpar hace que la gente deje de informar.',
    how: 'Nombre lo que provocó el error (nombres parecidos, interrupciones, carga de trabajo) en lugar de a quién.',
  },
  'report.alreadyFiled': {
    what: '{detail}',
    why: 'Un solo informe por error mantiene claro el registro.',
    how: 'Avísele al farmacéutico si necesita agregarle algo.',
  },
  'report.missed': {
    what: '{detail}',
    why: 'Hasta un casi error que detectó el farmacéutico vale la pena informarlo: muestra dónde el sistema dejó pasar un error.',
    how: 'Después de cualquier error, llene un informe de error en la mesa del farmacéutico.',
  },
};
