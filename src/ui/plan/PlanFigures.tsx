import type { PatientFigure, ShelfBottle } from '../../scene/sceneContract';

/** A person seen from the front, in their own colours; decorative, since the name is written beside it. */
export function PlanPerson({ person }: { person: PatientFigure }) {
  // A back-room task in the queue is a carton, not a person.
  if (person.task) {
    return (
      <svg className="plan-person" viewBox="0 0 20 32" aria-hidden="true" focusable="false">
        <rect x="2" y="14" width="16" height="16" fill="#a97c50" stroke="#1f2a2e" strokeWidth="1" />
        <path d="M2 19 H18 M10 14 V19" stroke="#1f2a2e" strokeWidth="1" />
      </svg>
    );
  }
  return (
    <svg className="plan-person" viewBox="0 0 20 32" aria-hidden="true" focusable="false">
      <path d="M2 32 Q2 15 10 15 Q18 15 18 32 Z" fill={person.shirtColour} stroke="#1f2a2e" strokeWidth="1" />
      <circle cx="10" cy="8" r="5.5" fill={person.skinTone} stroke="#1f2a2e" strokeWidth="1" />
      <path d="M4.5 7 Q5 2 10 2 Q15 2 15.5 7 Q10 4.5 4.5 7 Z" fill={person.hairColour} />
    </svg>
  );
}

/** The technician's marker: a pin shape, so "you are here" never rests on colour alone. */
export function YouMarker() {
  return (
    <svg className="plan-you" viewBox="0 0 16 20" aria-hidden="true" focusable="false">
      <path d="M8 19 L2 9 A6.5 6.5 0 1 1 14 9 Z" fill="currentColor" />
      <circle cx="8" cy="7" r="2.5" fill="#fff" />
    </svg>
  );
}

/** The stock shelf as a row of containers in their trade-dress bands; the one in hand leaves a faded gap. */
export function PlanShelf({ shelf, inHand }: { shelf: readonly ShelfBottle[]; inHand: string | null }) {
  return (
    <div className="plan-shelf" aria-hidden="true">
      {shelf.map((b) => (
        <svg
          key={b.productId}
          className="plan-bottle"
          viewBox="0 0 12 20"
          focusable="false"
          data-in-hand={b.productId === inHand || undefined}
        >
          <rect x="2.5" y="0.5" width="7" height="3" rx="1" fill="#f4f1ea" stroke="#1f2a2e" strokeWidth="0.8" />
          <rect x="1" y="3.5" width="10" height="16" rx="2" fill="#f7e9c8" stroke="#1f2a2e" strokeWidth="0.8" />
          <rect x="1.4" y="8" width="9.2" height="6" fill={b.capColour} />
        </svg>
      ))}
    </div>
  );
}
