import type { TFunction } from 'i18next';
import { textIn, type Action, type ActionType, type ResolvedEncounter } from '../../core';
import { formatsFor } from '../i18n/formats';

type Texts = {
  [T in ActionType]: (action: Extract<Action, { type: T }>, scenario: ResolvedEncounter, t: TFunction, language: string) => string;
};

const onRx = (rx: string, t: TFunction) => t('actions.onRx', { rx });

/** Each kind of action as one short line of what the student did (words under `actions.` in the catalogues); typed so a new action cannot go without words. */
const TEXTS: Texts = {
  confirmIdentity: (a, _, t) => t('actions.confirmIdentity', { stage: a.stage === 'dropoff' ? t('actions.dropoff') : t('actions.pickup') }),
  acceptPrescription: (a, _, t) => t('actions.acceptPrescription', { rx: onRx(a.rx, t) }),
  flagProblem: (a, _, t) => t('actions.flagProblem', { code: a.code, rx: a.rx ? onRx(a.rx, t) : t('actions.wholeEncounter') }),
  enterPrescription: (a, _, t) =>
    t('actions.enterPrescription', { rx: onRx(a.rx, t), sig: a.entry.sig, quantity: a.entry.quantity, days: a.entry.daysSupply }),
  selectProduct: (a, s, t) =>
    a.lot
      ? t('actions.selectProductLot', { product: productName(s, a.productId), lot: a.lot, rx: onRx(a.rx, t) })
      : t('actions.selectProduct', { product: productName(s, a.productId), rx: onRx(a.rx, t) }),
  returnProduct: (a, _, t) => t('actions.returnProduct', { rx: onRx(a.rx, t) }),
  scanProduct: (a, _, t) => t('actions.scanProduct', { rx: onRx(a.rx, t) }),
  countProduct: (a, _, t) => t('actions.countProduct', { quantity: a.quantity, rx: onRx(a.rx, t) }),
  printLabel: (a, _, t) =>
    a.auxiliaryLabels.length
      ? t('actions.printLabelWith', { labels: a.auxiliaryLabels.join(', '), rx: onRx(a.rx, t) })
      : t('actions.printLabel', { rx: onRx(a.rx, t) }),
  submitForVerification: (a, _, t) => t('actions.submitForVerification', { rx: onRx(a.rx, t) }),
  offerCounseling: (_a, _s, t) => t('actions.offerCounseling'),
  respondToQuestion: (a, s, t, language) =>
    t(a.response === 'refer' ? 'actions.referred' : 'actions.answered', { line: lineText(s, a.question, language) }),
  handOut: (_a, _s, t) => t('actions.handOut'),
  endEncounter: (_a, _s, t) => t('actions.endEncounter'),
  chooseLabelLanguage: (a, _, t) => t('actions.chooseLabelLanguage', { language: t(`languages.${a.language}`), rx: onRx(a.rx, t) }),
  tellPharmacist: (_a, _s, t) => t('actions.tellPharmacist'),
  keepWrongProduct: (a, _, t) => t('actions.keepWrongProduct', { choice: t(`actions.keepChoice.${a.choice}`) }),
  contactPatient: (_a, _s, t) => t('actions.contactPatient'),
  fileErrorReport: (a, _, t) => t('actions.fileErrorReport', { reached: a.report.reachedPatient ? t('actions.yes') : t('actions.no') }),
  lookUpRx: (a, _, t) => t('actions.lookUpRx', { rx: onRx(a.rx, t) }),
  answerCall: (a, _, t) => t('actions.answerCall', { decision: a.decision }),
  collectPayment: (a, _, t, language) => t('actions.collectPayment', { amount: formatsFor(language).money(a.amount) }),
  signPickupLog: (_a, _s, t) => t('actions.signPickupLog'),
  checkPhotoId: (_a, _s, t) => t('actions.checkPhotoId'),
  setAsideBag: (a, _, t) => t('actions.setAsideBag', { bag: a.bag }),
  reportShortage: (a, _, t) => t('actions.reportShortage', { resolution: a.resolution, rx: onRx(a.rx, t) }),
  reconstitute: (a, _, t) => t('actions.reconstitute', { water: a.waterMl, portions: a.portions, rx: onRx(a.rx, t) }),
  submitClaim: (a, _, t) => t('actions.submitClaim', { payer: a.billing.payer, rx: onRx(a.rx, t) }),
  resolveClaim: (a, _, t) => t('actions.resolveClaim', { resolution: a.resolution, rx: onRx(a.rx, t) }),
  checkToteLine: (a, _, t) => t('actions.checkToteLine', { line: a.line, verdict: t(`receiving.verdicts.${a.verdict}`) }),
  putAway: (a, _, t) => t('actions.putAway', { line: a.line }),
  reportDiscrepancy: (a, _, t) => t('actions.reportDiscrepancy', { line: a.line }),
  handToPharmacist: (a, _, t) => t('actions.handToPharmacist', { line: a.line }),
  pullExpired: (a, _, t) => t('actions.pullExpired', { lot: a.lot }),
};

function productName(scenario: ResolvedEncounter, id: string): string {
  const p = scenario.products.get(id);
  return p ? `${p.tallMan ?? p.generic} ${p.strength}` : id;
}

function lineText(scenario: ResolvedEncounter, id: string, language: string): string {
  const line = [...scenario.dialogue.dropOff, ...scenario.dialogue.pickUp].find((l) => l.id === id);
  return line === undefined ? id : textIn(line.text, language);
}

/** What the student did in one action, in plain words in the language of `t` (shown as text, never HTML). */
export function actionText(action: Action, scenario: ResolvedEncounter, t: TFunction, language = 'en'): string {
  return (TEXTS[action.type] as (a: Action, s: ResolvedEncounter, t: TFunction, l: string) => string)(action, scenario, t, language);
}
