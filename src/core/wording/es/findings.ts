import type { FindingParams, MissingElement } from '../../findings/params';
import type { Coded } from '../../coded';
import { say, type Renderers } from '../catalogue';
import { date, dayCount, listPhrase, onRx, personName, quoted, refillCount, schedule, sentence, SEVERITY_WORDS } from './phrases';
import { textIn } from '../../scenario/localText';
import type { LocalText } from '../../scenario/primitives';

const MISSING: Record<MissingElement, string> = {
  prescriberSignature: 'la firma del médico',
  patientAddress: 'la dirección del paciente',
  prescriberAddress: 'la dirección del médico',
  quantityInWords: 'la cantidad escrita en letras',
};

/** "The ink differs." → "the ink differs", so several descriptions read as one sentence (the author's words stay as written). */
function asClause(description: LocalText): string {
  const t = textIn(description, 'es').trim().replace(/\.$/, '');
  // Lower-case only an ordinary capitalised word, never an acronym such as "DEA".
  return /^[A-Z][a-z]/.test(t) ? t.charAt(0).toLowerCase() + t.slice(1) : t;
}

type Mismatch = FindingParams['PATIENT_MISMATCH'];

/** What the person at drop-off said, against the profile and the prescription. */
function saidAtDropOff(said: NonNullable<Extract<Mismatch, { at: 'prescription' }>['said']>, name: string): string {
  const gave = [
    ...(said.name !== undefined ? [`da el nombre ${quoted(said.name)}`] : []),
    ...(said.birth !== undefined ? [`da la fecha de nacimiento ${date(said.birth)}`] : []),
  ];
  const birth = said.birth;
  const against =
    birth === undefined
      ? [`el paciente es ${name}`]
      : [
          ...(birth !== said.profileBirth ? [`el perfil de ${name} indica ${date(said.profileBirth)}`] : []),
          ...(said.rxBirth !== undefined ? [`la receta indica ${date(said.rxBirth)}`] : []),
        ];
  const shown = listPhrase(against.length > 0 ? against : [`el paciente es ${name}`]);
  return `En la recepción, la persona ${gave.join(' y ')}, pero ${shown}.`;
}

/** Both kinds of patient mismatch: on the prescription, or in the person collecting at pick-up. */
function mismatch(p: Mismatch): string {
  const name = personName(p.patient);
  if (p.at === 'prescription') {
    const problems = [
      ...(p.writtenName !== undefined ? [`está escrita a nombre de ${quoted(p.writtenName)}, pero el paciente es ${name}`] : []),
      ...(p.birth !== undefined
        ? [`indica la fecha de nacimiento ${date(p.birth.written)}, pero el perfil de ${name} indica ${date(p.birth.profile)}`]
        : []),
    ];
    const onRx = problems.length === 0 ? '' : `La receta ${problems.join('; además, ')}.`;
    return [onRx, p.said === undefined ? '' : saidAtDropOff(p.said, name)].filter((s) => s !== '').join(' ');
  }
  const problems = [
    ...(p.givenName !== undefined ? [`da el nombre ${p.givenName}`] : []),
    ...(p.givenBirth !== undefined ? [`da la fecha de nacimiento ${date(p.givenBirth)}`] : []),
  ];
  return `La persona en la ventanilla de entrega ${problems.join(' y ')}, pero las recetas son para ${name}, con fecha de nacimiento ${date(p.born)}.`;
}

/** One plain sentence per finding, with the specifics of this case. */
export const FINDING_SENTENCES: Renderers<FindingParams> = {
  RX_INCOMPLETE: (p) =>
    `A la receta le falta ${listPhrase(p.missing.map((m) => MISSING[m]))}${p.schedule === null ? '' : `, que toda receta ${schedule(p.schedule)} debe llevar`}.`,
  RX_EXPIRED: (p) =>
    `${p.schedule === null ? 'Una receta no controlada' : `Una receta ${schedule(p.schedule)}`} es válida por ${dayCount(p.validDays)}; esta se escribió el ${date(p.written)} y venció el ${date(p.expired)}.`,
  DEA_MISSING: (p) =>
    `Esta receta ${schedule(p.schedule)} no muestra número DEA del Dr. ${p.prescriber}, y toda receta de una sustancia controlada debe llevarlo.`,
  DEA_INVALID: (p) => {
    if (p.format) return `El número DEA ${p.dea} no tiene el formato DEA (dos letras, o una letra y un 9, y luego siete dígitos).`;
    const parts = [
      ...(p.prefix !== undefined ? [`su primera letra ${quoted(p.prefix)} no es una con la que empiece el registro de un médico`] : []),
      ...(p.checkDigit !== undefined
        ? [`su dígito de control debería ser ${p.checkDigit.expected}, pero la receta muestra ${p.checkDigit.shown}`]
        : []),
    ];
    return `El número DEA ${p.dea} no pasa la verificación: ${parts.join('; ')}.`;
  },
  DEA_NAME_MISMATCH: (p) =>
    `La segunda letra del número DEA ${p.dea} es ${quoted(p.letter)}, pero el apellido del médico, ${p.lastName}, empieza con ${quoted(p.initial)}.`,
  CII_REFILLS: (p) => `Una receta C-II no se puede resurtir, pero esta autoriza ${refillCount(p.refills)}.`,
  CONTROLLED_REFILL_LIMIT: (p) =>
    `Una receta ${schedule(p.schedule)} puede tener como máximo ${p.max} resurtidos, pero esta autoriza ${p.refills}.`,
  RX_ALTERED: (p) => sentence(`La receta parece alterada: ${p.changes.map(asClause).join('; ')}`),
  PATIENT_MISMATCH: mismatch,
  ALLERGY: (p) => {
    const reported = `El paciente declara una alergia a ${p.substance} (${p.reaction})`;
    const m = p.match;
    if (m.via === 'class') return `${reported}, y ${p.product} pertenece a la clase de alergia ${m.allergyClass}.`;
    if (m.via === 'name') return `${reported}, y ${p.product} ${m.whole ? 'es' : 'contiene'} ${m.name}.`;
    return `${reported}; ${p.product} tiene una sensibilidad cruzada conocida con la clase ${m.allergyClass}, que requiere el criterio del farmacéutico.`;
  },
  INTERACTION: (p) => {
    const parts = p.interactions.map(
      (h, i) =>
        `${i === 0 ? 'una' : 'y una'} interacción ${SEVERITY_WORDS[h.severity]} con ${h.other} (${h.rx === undefined ? onRx(undefined) : `receta ${h.rx}`}): ${h.effect}`,
    );
    return `El medicamento recetado, ${p.product}, tiene ${parts.join('; ')}.`;
  },
  DUPLICATE_THERAPY: (p) =>
    `El medicamento recetado, ${p.product}, pertenece a la misma clase terapéutica (${p.therapeuticClass}) que ${listPhrase(p.others.map((o) => `${o.product} (${onRx(o.rx)})`))}.`,
  REFILL_TOO_SOON: (p) =>
    p.by === 'lastFill'
      ? `Se surtió por última vez el ${date(p.lastFill)} para ${p.daysSupply} días de suministro; solo ${p.elapsed === 1 ? 'ha' : 'han'} pasado ${dayCount(p.elapsed)}, así que lo más pronto que se puede surtir es el ${date(p.earliest)} (${p.percent}% del suministro usado).`
      : `El médico escribió "no surtir antes del ${date(p.earliest)}"; hoy es ${date(p.today)}, así que todavía no se puede surtir.`,
  NO_REFILLS_LEFT: (p) =>
    p.refills === 0
      ? 'El paciente pide un resurtido, pero esta receta no autorizó resurtidos.'
      : `El paciente pide un resurtido, pero ya se ${p.refills === 1 ? 'usó el único resurtido autorizado' : `usaron los ${p.refills} resurtidos autorizados`}.`,
  CLINICAL_QUESTION: (p) =>
    `La pregunta ${quoted(p.line)} (en ${p.stage === 'dropoff' ? 'la recepción' : 'la entrega'}) es clínica, así que solo el farmacéutico puede responderla.`,
  LASA_RISK: (p) =>
    `En el estante, ${p.lookAlike} está ${p.distance === 1 ? 'justo al lado de' : 'a un lugar de distancia de'} ${p.product}, el producto recetado; lea la etiqueta y escanee el NDC.`,
  CII_PHONED_IN: (p) =>
    `El consultorio del Dr. ${p.prescriber.last} dictó por teléfono una receta de ${p.product}, un C-II, y no es una emergencia: un C-II necesita una receta escrita y firmada, o una receta electrónica.`,
};

/** A finding's sentence. */
export const findingSentence = (finding: Coded<FindingParams>): string => say(FINDING_SENTENCES, finding);
