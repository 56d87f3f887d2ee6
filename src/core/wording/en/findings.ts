import type { FindingParams, MissingElement } from '../../findings/params';
import type { Coded } from '../../coded';
import { say, type Renderers } from '../catalogue';
import { date, dayCount, listPhrase, onRx, personName, quoted, refillCount, schedule, sentence, SEVERITY_WORDS } from './phrases';
import { textIn } from '../../scenario/localText';
import type { LocalText } from '../../scenario/primitives';

const MISSING: Record<MissingElement, string> = {
  prescriberSignature: "the prescriber's signature",
  patientAddress: "the patient's address",
  prescriberAddress: "the prescriber's address",
  quantityInWords: 'the quantity written in words',
};

/** "The ink differs." → "the ink differs", so several descriptions read as one sentence. */
function asClause(description: LocalText): string {
  const t = textIn(description, 'en').trim().replace(/\.$/, '');
  // Lower-case only an ordinary capitalised word, never an acronym such as "DEA".
  return /^[A-Z][a-z]/.test(t) ? t.charAt(0).toLowerCase() + t.slice(1) : t;
}

type Mismatch = FindingParams['PATIENT_MISMATCH'];

/** What the person at drop-off said, against the profile and the prescription. */
function saidAtDropOff(said: NonNullable<Extract<Mismatch, { at: 'prescription' }>['said']>, name: string): string {
  const gave = [
    ...(said.name !== undefined ? [`gives the name ${quoted(said.name)}`] : []),
    ...(said.birth !== undefined ? [`gives date of birth ${date(said.birth)}`] : []),
  ];
  const birth = said.birth;
  const against =
    birth === undefined
      ? [`the patient is ${name}`]
      : [
          ...(birth !== said.profileBirth ? [`${name}'s profile shows ${date(said.profileBirth)}`] : []),
          ...(said.rxBirth !== undefined ? [`the prescription shows ${date(said.rxBirth)}`] : []),
        ];
  const shown = listPhrase(against.length > 0 ? against : [`the patient is ${name}`]);
  return `At drop-off the person ${gave.join(' and ')}, but ${shown}.`;
}

/** Both kinds of patient mismatch: on the prescription, or in the person collecting at pick-up. */
function mismatch(p: Mismatch): string {
  const name = personName(p.patient);
  if (p.at === 'prescription') {
    const problems = [
      ...(p.writtenName !== undefined ? [`is written for ${quoted(p.writtenName)}, but the patient is ${name}`] : []),
      ...(p.birth !== undefined
        ? [`gives date of birth ${date(p.birth.written)}, but ${name}'s profile shows ${date(p.birth.profile)}`]
        : []),
    ];
    const onRx = problems.length === 0 ? '' : `The prescription ${problems.join(' and ')}.`;
    return [onRx, p.said === undefined ? '' : saidAtDropOff(p.said, name)].filter((s) => s !== '').join(' ');
  }
  const problems = [
    ...(p.givenName !== undefined ? [`gives the name ${p.givenName}`] : []),
    ...(p.givenBirth !== undefined ? [`gives date of birth ${date(p.givenBirth)}`] : []),
  ];
  return `The person at the pick-up window ${problems.join(' and ')}, but the prescriptions are for ${name}, born ${date(p.born)}.`;
}

/** One plain sentence per finding, with the specifics of this case. */
export const FINDING_SENTENCES: Renderers<FindingParams> = {
  RX_INCOMPLETE: (p) =>
    `The prescription is missing ${listPhrase(p.missing.map((m) => MISSING[m]))}${p.schedule === null ? '' : `, which a ${schedule(p.schedule)} prescription must show`}.`,
  RX_EXPIRED: (p) =>
    `${p.schedule === null ? 'A non-controlled prescription' : `A ${schedule(p.schedule)} prescription`} is valid for ${dayCount(p.validDays)}; this one was written on ${date(p.written)} and expired on ${date(p.expired)}.`,
  DEA_MISSING: (p) =>
    `This ${schedule(p.schedule)} prescription shows no DEA number for Dr. ${p.prescriber}, and a controlled-substance prescription must carry one.`,
  DEA_INVALID: (p) => {
    if (p.format) return `DEA number ${p.dea} is not in DEA format (two letters, or a letter and a 9, then seven digits).`;
    const parts = [
      ...(p.prefix !== undefined ? [`its first letter ${quoted(p.prefix)} is not one a prescriber's registration starts with`] : []),
      ...(p.checkDigit !== undefined
        ? [`its check digit should be ${p.checkDigit.expected}, but the prescription shows ${p.checkDigit.shown}`]
        : []),
    ];
    return `DEA number ${p.dea} fails the check: ${parts.join('; ')}.`;
  },
  DEA_NAME_MISMATCH: (p) =>
    `The second letter of DEA number ${p.dea} is ${quoted(p.letter)}, but the prescriber's last name, ${p.lastName}, starts with ${quoted(p.initial)}.`,
  CII_REFILLS: (p) => `A C-II prescription cannot be refilled, but this one authorises ${refillCount(p.refills)}.`,
  CONTROLLED_REFILL_LIMIT: (p) =>
    `A ${schedule(p.schedule)} prescription may have at most ${p.max} refills, but this one authorises ${p.refills}.`,
  RX_ALTERED: (p) => sentence(`The prescription looks altered: ${p.changes.map(asClause).join('; ')}`),
  PATIENT_MISMATCH: mismatch,
  ALLERGY: (p) => {
    const reported = `The patient reports an allergy to ${p.substance} (${p.reaction})`;
    const m = p.match;
    if (m.via === 'class') return `${reported}, and ${p.product} is in the ${m.allergyClass} allergy class.`;
    if (m.via === 'name') return `${reported}, and ${p.product} ${m.whole ? 'is' : 'contains'} ${m.name}.`;
    return `${reported}; ${p.product} has a known cross-sensitivity with the ${m.allergyClass} class, which needs the pharmacist's judgement.`;
  },
  INTERACTION: (p) => {
    const parts = p.interactions.map(
      (h, i) =>
        `${i === 0 ? 'a' : 'and a'} ${SEVERITY_WORDS[h.severity]} interaction with ${h.other} (${h.rx === undefined ? onRx(undefined) : `prescription ${h.rx}`}): ${h.effect}`,
    );
    return `The prescribed ${p.product} has ${parts.join('; ')}.`;
  },
  DUPLICATE_THERAPY: (p) =>
    `The prescribed ${p.product} is in the same therapeutic class (${p.therapeuticClass}) as ${listPhrase(p.others.map((o) => `${o.product} (${onRx(o.rx)})`))}.`,
  REFILL_TOO_SOON: (p) =>
    p.by === 'lastFill'
      ? `It was last filled on ${date(p.lastFill)} for a ${p.daysSupply}-day supply; only ${dayCount(p.elapsed)} ${p.elapsed === 1 ? 'has' : 'have'} passed, so the earliest it can be filled is ${date(p.earliest)} (${p.percent}% of the supply used).`
      : `The prescriber wrote "do not fill before ${date(p.earliest)}"; today is ${date(p.today)}, so it cannot be filled yet.`,
  NO_REFILLS_LEFT: (p) =>
    p.refills === 0
      ? 'The patient asks for a refill, but this prescription authorised no refills.'
      : `The patient asks for a refill, but all ${p.refills} authorised refill${p.refills === 1 ? ' has' : 's have'} been used.`,
  CLINICAL_QUESTION: (p) =>
    `The question ${quoted(p.line)} (at ${p.stage === 'dropoff' ? 'drop-off' : 'pick-up'}) is a clinical one, so only the pharmacist may answer it.`,
  LASA_RISK: (p) =>
    `${p.lookAlike} sits ${p.distance === 1 ? 'right next to' : 'one slot away from'} the prescribed ${p.product} on the shelf; read the label and scan the NDC.`,
  CII_PHONED_IN: (p) =>
    `Dr. ${p.prescriber.last}'s office telephoned in ${p.product}, a C-II, and it is not an emergency: a C-II needs a written and signed or an electronic prescription.`,
};

/** A finding's sentence. */
export const findingSentence = (finding: Coded<FindingParams>): string => say(FINDING_SENTENCES, finding);
