import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { selectDispatch } from '../../../state/selectors';
import { useAppStore } from '../../../state/StoreContext';
import { NumberField } from '../shared/NumberField';
import { actions, type Product } from '../../../core';

type Facts = NonNullable<Product['reconstitution']>;

/** Making up a powder for suspension: the bottle's water volume to read, the water measured, the portions, then shake. */
export function Reconstitute({ rxId, facts, done }: { rxId: string; facts: Facts; done: boolean }) {
  const { t } = useTranslation();
  const dispatch = useAppStore(selectDispatch);
  const [water, setWater] = useState('');
  const [portions, setPortions] = useState('');
  const [errors, setErrors] = useState<{ water?: string; portions?: string }>({});
  const add = () => {
    const ml = Number(water.trim());
    const n = Number(portions.trim());
    const next = {
      ...(water.trim() === '' || !(ml > 0) ? { water: t('reconstitution.waterError') } : {}),
      ...(!Number.isInteger(n) || n < 1 ? { portions: t('reconstitution.portionsError') } : {}),
    };
    setErrors(next);
    if (next.water === undefined && next.portions === undefined) dispatch(actions.reconstitute(rxId, ml, n));
  };
  return (
    <form className="panel-block" aria-labelledby="reconstitute-heading" onSubmit={(e) => (e.preventDefault(), add())}>
      <h3 id="reconstitute-heading">{t('reconstitution.heading')}</h3>
      <p className="bottle-name">{t('reconstitution.bottleLabel', { waterMl: facts.waterMl, portions: facts.portions })}</p>
      {done ? (
        <p className="status-done">
          <span aria-hidden="true">✔ </span>
          {t('reconstitution.done')}
        </p>
      ) : (
        <p className="field-note">{t('reconstitution.firstThis')}</p>
      )}
      <NumberField name="water" label={t('reconstitution.waterField')} decimal value={water} onChange={setWater} error={errors.water} />
      <NumberField
        name="portions"
        label={t('reconstitution.portionsField')}
        value={portions}
        onChange={setPortions}
        error={errors.portions}
      />
      <button type="submit" className="btn">
        {t('reconstitution.add')}
      </button>
    </form>
  );
}
