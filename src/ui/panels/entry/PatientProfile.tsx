import { fullProductName } from '../../../state/productNames';
import { usDate } from '../../format';
import type { ResolvedEncounter } from '../../../core';

/** The pharmacy system's patient profile: identifiers, allergies, current medicines, fill history. */
export function PatientProfile({ scenario }: { scenario: ResolvedEncounter }) {
  const { patient, products } = scenario;
  const nameOf = (id: string) => {
    const p = products.get(id);
    return p ? fullProductName(p) : id;
  };
  return (
    <section className="panel-block system-screen" aria-labelledby="profile-heading">
      <h3 id="profile-heading">
        Patient profile: {patient.lastName}, {patient.firstName}
      </h3>
      <p>
        Born {usDate(patient.dateOfBirth)} · {patient.address}
        {patient.phone ? ` · ${patient.phone}` : ''}
      </p>
      <p>Insurance: {patient.insurance ? `${patient.insurance.plan} (member ${patient.insurance.memberId})` : 'none (cash)'}</p>
      <h4>Allergies</h4>
      {patient.allergies.length === 0 ? (
        <p>NKDA (no known drug allergies)</p>
      ) : (
        <ul className="allergy-list">
          {patient.allergies.map((a) => (
            <li key={a.substance}>
              <span aria-hidden="true">⚠ </span>
              {a.substance}: {a.reaction}
            </li>
          ))}
        </ul>
      )}
      <h4>Current medicines</h4>
      {patient.medications.length === 0 ? (
        <p>None on file</p>
      ) : (
        <ul>
          {patient.medications.map((m) => (
            <li key={m.product}>
              {nameOf(m.product)}
              {m.since ? ` (since ${usDate(m.since)})` : ''}
            </li>
          ))}
        </ul>
      )}
      <h4>Fill history</h4>
      {patient.fillHistory.length === 0 ? (
        <p>No fills at this pharmacy</p>
      ) : (
        <table className="fill-table">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Drug</th>
              <th scope="col">Qty</th>
              <th scope="col">Days</th>
            </tr>
          </thead>
          <tbody>
            {patient.fillHistory.map((f, i) => (
              <tr key={`${f.date}-${f.product}-${i}`}>
                <td>{usDate(f.date)}</td>
                <td>{nameOf(f.product)}</td>
                <td>{f.quantity}</td>
                <td>{f.daysSupply}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
