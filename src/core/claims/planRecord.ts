import type { ResolvedEncounter } from '../scenario/resolve';
import type { Prescription } from '../scenario/encounterSchema';
import type { PlanRecord } from './adjudicate';
import type { Payer } from './rejectCodes';

/** The billing fields of a claim: which plan, and who the member and the prescriber are. */
export interface ClaimBilling {
  payer: Payer;
  memberId: string;
  personCode: string;
  dateOfBirth: string;
  prescriberNpi: string;
}

/** True when this encounter bills a plan: the patient's insurance names a plan that resolved. */
export function claimRequired(scenario: ResolvedEncounter): boolean {
  const id = scenario.patient.insurance?.planId;
  return id !== undefined && scenario.planById?.has(id) === true;
}

/** True when the patient has a second plan that resolved. */
export function hasSecondary(scenario: ResolvedEncounter): boolean {
  const id = scenario.patient.insurance?.secondary?.planId;
  return id !== undefined && scenario.planById?.has(id) === true;
}

/** What a plan knows about this patient and prescription; undefined when that payer is not on file. */
export function planRecord(scenario: ResolvedEncounter, rx: Prescription, payer: Payer): PlanRecord | undefined {
  const insurance = scenario.patient.insurance;
  if (insurance === null) return undefined;
  const membership =
    payer === 'plan'
      ? {
          planId: insurance.planId,
          memberId: insurance.card?.memberId ?? insurance.memberId,
          personCode: insurance.card?.personCode ?? insurance.personCode,
          coverageStart: insurance.coverageStart,
          coverageEnd: insurance.coverageEnd,
        }
      : insurance.secondary;
  const plan = membership?.planId === undefined ? undefined : scenario.planById?.get(membership.planId);
  if (membership === undefined || plan === undefined) return undefined;
  const other = payer === 'plan' ? hasSecondary(scenario) : claimRequired(scenario);
  return {
    plan,
    member: {
      memberId: membership.memberId,
      personCode: membership.personCode,
      dateOfBirth: scenario.patient.dateOfBirth,
      ...(membership.coverageStart !== undefined ? { coverageStart: membership.coverageStart } : {}),
      ...(membership.coverageEnd !== undefined ? { coverageEnd: membership.coverageEnd } : {}),
    },
    prescriberNpi: rx.prescriber.npiOnFile ?? rx.prescriber.npi,
    otherCoverage: other,
    fills: [...scenario.patient.fillHistory, ...insurance.otherPharmacyClaims],
    products: scenario.products,
    today: scenario.today,
  };
}

/** What the claim screen starts with: the profile's member, the patient's date of birth and the NPI written on the prescription. */
export function profileBilling(scenario: ResolvedEncounter, rx: Prescription, payer: Payer = 'plan'): ClaimBilling {
  const insurance = scenario.patient.insurance;
  const member = payer === 'plan' ? insurance : insurance?.secondary;
  return {
    payer,
    memberId: member?.memberId ?? '',
    personCode: member?.personCode ?? '01',
    dateOfBirth: scenario.patient.dateOfBirth,
    prescriberNpi: rx.prescriber.npi ?? '',
  };
}

/** What a careful technician bills: the card in the patient's hand and the prescriber's NPI from the registry. */
export function expertBilling(scenario: ResolvedEncounter, rx: Prescription, payer: Payer = 'plan'): ClaimBilling {
  const insurance = scenario.patient.insurance;
  const profile = profileBilling(scenario, rx, payer);
  const card = payer === 'plan' ? insurance?.card : undefined;
  return {
    ...profile,
    memberId: card?.memberId ?? profile.memberId,
    personCode: card?.personCode ?? profile.personCode,
    prescriberNpi: rx.prescriber.npiOnFile ?? profile.prescriberNpi,
  };
}
