import type { TFunction } from 'i18next';
import type { Action, ActionType, ResolvedEncounter } from '../../core';

type Texts = { [T in ActionType]: (action: Extract<Action, { type: T }>, scenario: ResolvedEncounter, t: TFunction) => string };

const onRx = (rx: string, t: TFunction) => t('actions.onRx', { rx });

/** Each kind of action as one short line of what the student did (words under `actions.` in the catalogues); typed so a new action cannot go without words. */
const TEXTS: Texts = {
  confirmIdentity: (a, _, t) => t('actions.confirmIdentity', { stage: a.stage === 'dropoff' ? t('actions.dropoff') : t('actions.pickup') }),
  acceptPrescription: (a, _, t) => t('actions.acceptPrescription', { rx: onRx(a.rx, t) }),
  flagProblem: (a, _, t) => t('actions.flagProblem', { code: a.code, rx: a.rx ? onRx(a.rx, t) : t('actions.wholeEncounter') }),
  enterPrescription: (a, _, t) =>
    t('actions.enterPrescription', { rx: onRx(a.rx, t), sig: a.entry.sig, quantity: a.entry.quantity, days: a.entry.daysSupply }),
  selectProduct: (a, s, t) => t('actions.selectProduct', { product: productName(s, a.productId), rx: onRx(a.rx, t) }),
  returnProduct: (a, _, t) => t('actions.returnProduct', { rx: onRx(a.rx, t) }),
  scanProduct: (a, _, t) => t('actions.scanProduct', { rx: onRx(a.rx, t) }),
  countProduct: (a, _, t) => t('actions.countProduct', { quantity: a.quantity, rx: onRx(a.rx, t) }),
  printLabel: (a, _, t) =>
    a.auxiliaryLabels.length
      ? t('actions.printLabelWith', { labels: a.auxiliaryLabels.join(', '), rx: onRx(a.rx, t) })
      : t('actions.printLabel', { rx: onRx(a.rx, t) }),
  submitForVerification: (a, _, t) => t('actions.submitForVerification', { rx: onRx(a.rx, t) }),
  offerCounseling: (_a, _s, t) => t('actions.offerCounseling'),
  respondToQuestion: (a, s, t) => t(a.response === 'refer' ? 'actions.referred' : 'actions.answered', { line: lineText(s, a.question) }),
  handOut: (_a, _s, t) => t('actions.handOut'),
  endEncounter: (_a, _s, t) => t('actions.endEncounter'),
};

function productName(scenario: ResolvedEncounter, id: string): string {
  const p = scenario.products.get(id);
  return p ? `${p.tallMan ?? p.generic} ${p.strength}` : id;
}

function lineText(scenario: ResolvedEncounter, id: string): string {
  return [...scenario.dialogue.dropOff, ...scenario.dialogue.pickUp].find((l) => l.id === id)?.text ?? id;
}

/** What the student did in one action, in plain words in the language of `t` (shown as text, never HTML). */
export function actionText(action: Action, scenario: ResolvedEncounter, t: TFunction): string {
  return (TEXTS[action.type] as (a: Action, s: ResolvedEncounter, t: TFunction) => string)(action, scenario, t);
}
