import { selectDispatch, selectEncounter, selectScenario } from '../../../state/selectors';
import { useAppStore } from '../../../state/StoreContext';
import { usDate } from '../../format';
import { IdentityCheck } from '../shared/IdentityCheck';
import { PatientLines } from '../shared/PatientLines';
import { RegisterBlock } from './RegisterBlock';
import { actions } from '../../../core';

/** The pick-up window: who is there, identity, the offer to counsel, questions, and the hand-out. */
export function PickUpPanel() {
  const scenario = useAppStore(selectScenario);
  const dispatch = useAppStore(selectDispatch);
  const counselingOffered = useAppStore((s) => selectEncounter(s)?.counselingOffered ?? false);
  const handedOut = useAppStore((s) => selectEncounter(s)?.handedOut ?? false);
  if (!scenario) return null;
  const { patient, presenter } = scenario;
  const profileName = `${patient.firstName} ${patient.lastName}`;
  // Whoever comes to the window gives their own name and birthday; it may not be the patient.
  const atWindow = presenter ?? { name: profileName, dateOfBirth: patient.dateOfBirth };
  return (
    <div className="panel-stack">
      <section className="panel-block" aria-label="At the pick-up window">
        <p className="speech-bubble">
          <span className="speech-speaker">At the window:</span> “Hi, I'm here to pick up a prescription. My name is {atWindow.name}, date
          of birth {usDate(atWindow.dateOfBirth)}.”
        </p>
      </section>
      <IdentityCheck
        stage="pickup"
        sources={[
          { source: 'Pharmacy profile', name: profileName, dateOfBirth: patient.dateOfBirth },
          { source: 'Person at the window says', name: atWindow.name, dateOfBirth: atWindow.dateOfBirth },
        ]}
      />
      <section className="panel-block" aria-labelledby="counsel-heading">
        <h3 id="counsel-heading">Counseling</h3>
        {counselingOffered ? (
          <p className="status-done">
            <span aria-hidden="true">✔ </span>You offered counseling with the pharmacist.
          </p>
        ) : (
          <button type="button" className="btn" onClick={() => dispatch(actions.offerCounseling())}>
            Offer counseling
          </button>
        )}
      </section>
      <PatientLines speaker={atWindow.name} lines={scenario.dialogue.pickUp} />
      <RegisterBlock scenario={scenario} />
      {!handedOut && (
        <button type="button" className="btn btn-primary" onClick={() => dispatch(actions.handOut())}>
          Hand out the bag
        </button>
      )}
    </div>
  );
}
