import { useState } from 'react';
import { selectDispatch } from '../../../state/selectors';
import { useAppStore } from '../../../state/StoreContext';
import { NumberField } from '../shared/NumberField';
import { actions, type Product } from '../../../core';
import { reconstitutionWords as W } from './reconstitutionWords';

type Facts = NonNullable<Product['reconstitution']>;

/** Making up a powder for suspension: the bottle's water volume to read, the water measured, the portions, then shake. */
export function Reconstitute({ rxId, facts, done }: { rxId: string; facts: Facts; done: boolean }) {
  const dispatch = useAppStore(selectDispatch);
  const [water, setWater] = useState('');
  const [portions, setPortions] = useState('');
  const [errors, setErrors] = useState<{ water?: string; portions?: string }>({});
  const add = () => {
    const ml = Number(water.trim());
    const n = Number(portions.trim());
    const next = {
      ...(water.trim() === '' || !(ml > 0) ? { water: W.waterError } : {}),
      ...(!Number.isInteger(n) || n < 1 ? { portions: W.portionsError } : {}),
    };
    setErrors(next);
    if (next.water === undefined && next.portions === undefined) dispatch(actions.reconstitute(rxId, ml, n));
  };
  return (
    <form className="panel-block" aria-labelledby="reconstitute-heading" onSubmit={(e) => (e.preventDefault(), add())}>
      <h3 id="reconstitute-heading">{W.heading}</h3>
      <p className="bottle-name">{W.bottleLabel(facts.waterMl, facts.portions)}</p>
      {done ? (
        <p className="status-done">
          <span aria-hidden="true">✔ </span>
          {W.done}
        </p>
      ) : (
        <p className="field-note">{W.firstThis}</p>
      )}
      <NumberField name="water" label={W.waterField} decimal value={water} onChange={setWater} error={errors.water} />
      <NumberField name="portions" label={W.portionsField} value={portions} onChange={setPortions} error={errors.portions} />
      <button type="submit" className="btn">
        {W.add}
      </button>
    </form>
  );
}
