import { useEffect, useState } from 'react';
import { selectDispatch, selectIsComplete } from '../../state/selectors';
import { useAppStore } from '../../state/StoreContext';
import { actions } from '../../core';

/** Ends the encounter (for when every prescription was stopped); asks once, because it cannot be undone. */
export function EndEncounter() {
  const dispatch = useAppStore(selectDispatch);
  const complete = useAppStore(selectIsComplete);
  const [asking, setAsking] = useState(false);
  // The question belongs to one encounter: once it ends, the next one starts without it.
  useEffect(() => {
    if (complete) setAsking(false);
  }, [complete]);
  if (complete) return null;
  if (!asking) {
    return (
      <button type="button" className="btn btn-quiet" onClick={() => setAsking(true)}>
        End the encounter…
      </button>
    );
  }
  return (
    <div role="group" aria-label="End the encounter?" className="btn-row">
      <span>End now? You can't undo this.</span>
      <button type="button" className="btn" onClick={() => dispatch(actions.endEncounter())}>
        Yes, end it
      </button>
      <button type="button" className="btn" onClick={() => setAsking(false)}>
        Keep working
      </button>
    </div>
  );
}
