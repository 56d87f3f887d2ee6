import { describe, expect, it } from 'vitest';
import { replay } from '../../../src/core/engine/engine';
import { actions, stamp } from '../../../src/core/engine/actionCreators';
import { textIn } from '../../../src/core/scenario/localText';
import { ACTION_TYPES } from '../../../src/core/engine/actions';
import { i18n } from '../../../src/ui/i18n';
import { actionText } from '../../../src/ui/replay/actionText';
import { replayStoreAt } from '../../../src/ui/replay/replayStore';
import { stationForAction } from '../../../src/ui/replay/stationForAction';
import { CLASS_SCENARIOS, missEverythingLog, shipped } from '../../fixtures/classResults';

const SCENARIO = shipped(CLASS_SCENARIOS[1]);
const LOG = missEverythingLog(SCENARIO);

describe('the replay store', () => {
  it('holds the encounter as the engine replays the first k actions, at every k', () => {
    for (let k = 0; k <= LOG.length; k++) {
      const s = replayStoreAt(SCENARIO, 'assessment', LOG, k).getState();
      expect(s.log).toEqual(LOG.slice(0, k));
      expect(s.encounter).toEqual(replay(SCENARIO, LOG.slice(0, k)));
    }
  });

  it('gives the same state at step k however often it is built (forward, back, jump)', () => {
    const k = 4;
    const first = replayStoreAt(SCENARIO, 'practice', LOG, k).getState();
    replayStoreAt(SCENARIO, 'practice', LOG, LOG.length);
    const again = replayStoreAt(SCENARIO, 'practice', LOG, k).getState();
    expect({ station: again.station, rx: again.selectedRxId, encounter: again.encounter }).toEqual({
      station: first.station,
      rx: first.selectedRxId,
      encounter: first.encounter,
    });
  });

  it('stands at the station of the last action, and cannot be changed', () => {
    const entered = LOG.findIndex((a) => a.type === 'enterPrescription') + 1;
    const store = replayStoreAt(SCENARIO, 'practice', LOG, entered);
    expect(store.getState().station).toBe('entry');
    expect(replayStoreAt(SCENARIO, 'practice', LOG, 0).getState().station).toBe('dropoff');
    expect(store.getState().dispatch(actions.endEncounter())).toEqual([]);
    store.getState().openFlagDialog();
    expect(store.getState().log).toHaveLength(entered);
    expect(store.getState().flagDialogOpen).toBe(false);
  });

  it('words every kind of action the log holds, as plain text', () => {
    const words = LOG.map((a) => actionText(a, SCENARIO, i18n.getFixedT('en')));
    expect(words[0]).toBe('Confirmed the identity at drop-off');
    expect(words.at(-1)).toBe('Ended the encounter');
    expect(words.find((w) => w.startsWith('Took '))).toMatch(/^Took oxyCODONE/);
  });

  it('words every action type, and opens each at the station where a technician does it', () => {
    const rx = SCENARIO.prescriptions[0]!.id;
    const line = SCENARIO.dialogue.dropOff[0]!;
    const one = [
      actions.confirmIdentity('pickup'),
      actions.acceptPrescription(rx),
      actions.flagProblem('DEA_INVALID', { rx }),
      actions.enterPrescription(rx, { productId: 'x', sig: '1 tab po qd', quantity: 30, daysSupply: 30, refills: 0, daw: 0 }),
      actions.selectProduct(rx, SCENARIO.prescriptions[0]!.product),
      actions.returnProduct(rx),
      actions.scanProduct(rx),
      actions.countProduct(rx, 30),
      actions.printLabel(rx, []),
      actions.submitForVerification(rx),
      actions.offerCounseling(),
      actions.respondToQuestion(line.id, 'refer'),
      actions.handOut(),
      actions.endEncounter(),
      actions.chooseLabelLanguage(rx, 'es'),
      actions.tellPharmacist(),
      actions.keepWrongProduct('quarantine'),
      actions.contactPatient(),
      actions.fileErrorReport({
        kind: 'wrongDrug',
        dispensed: 'x',
        foundBy: 'patientReturned',
        reachedPatient: true,
        factors: [],
        prevention: 'Scan every bottle.',
      }),
      actions.lookUpRx(rx),
      actions.answerCall('toPharmacist'),
      actions.collectPayment(10),
      actions.signPickupLog(),
      actions.checkPhotoId(),
      actions.setAsideBag('other'),
      actions.reconstitute(rx, 111, 2),
      actions.reportShortage(rx, 'partialFill'),
      actions.submitClaim(rx, { payer: 'plan', memberId: 'M1', personCode: '01', dateOfBirth: '1970-01-01', prescriberNpi: '1234567893' }),
      actions.resolveClaim(rx, 'priorAuthorization'),
      actions.checkToteLine('1', 'short'),
      actions.putAway('1'),
      actions.reportDiscrepancy('1'),
      actions.handToPharmacist('1'),
      actions.pullExpired('L1'),
    ].map((a, i) => stamp(a, i));
    expect(one.map((a) => a.type).sort()).toEqual([...ACTION_TYPES].sort());
    const words = one.map((a) => actionText(a, SCENARIO, i18n.getFixedT('en')));
    for (const w of words) expect(w).not.toMatch(/undefined|\[object/);
    expect(words[11]).toBe(`Referred to the pharmacist: “${textIn(line.text, 'en')}”`);
    expect(words[14]).toBe(`Set the label language to Español (${rx})`);
    expect(one.map((a) => stationForAction(a, SCENARIO))).toEqual([
      'pickup',
      'dropoff',
      'verify',
      'entry',
      'shelves',
      'shelves',
      'shelves',
      'counting',
      'label',
      'verify',
      'pickup',
      'dropoff',
      'pickup',
      'pickup',
      'label',
      'verify',
      'verify',
      'verify',
      'verify',
      'phone',
      'phone',
      'pickup',
      'pickup',
      'pickup',
      'pickup',
      'counting',
      'shelves',
      'entry',
      'entry',
      // A delivery is received at the shelves, the pharmacist's hand-over included.
      'shelves',
      'shelves',
      'shelves',
      'shelves',
      'shelves',
    ]);
    expect(words.slice(15)).toEqual([
      'Told the pharmacist about the error',
      'Wrong product: kept in quarantine',
      'Called the patient with the pharmacist',
      'Filed the error report (reached the patient: yes)',
      `Looked the prescription up (${rx})`,
      'Dealt with the call: toPharmacist',
      'Collected $10.00',
      'Got the signature for the pick-up log',
      'Checked and recorded the photo ID',
      'Put a bag back in will-call (other)',
      `Added 111 mL of water in 2 portions (${rx})`,
      `Told the pharmacist the shelf is short (partialFill) (${rx})`,
      `Sent the claim to plan (${rx})`,
      `Answered the rejected claim: priorAuthorization (${rx})`,
      'Checked tote line 1 against the invoice: Short-shipped',
      'Put tote line 1 away',
      'Reported a discrepancy on tote line 1',
      'Handed tote line 1 to the pharmacist for check-in',
      'Pulled expired lot L1 into quarantine',
    ]);
  });
});
