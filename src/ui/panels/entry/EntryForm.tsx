import { useTranslation } from 'react-i18next';
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { selectDispatch } from '../../../state/selectors';
import { fullProductName } from '../../../state/productNames';
import { useAppStore } from '../../../state/StoreContext';
import { DrugSearch } from './DrugSearch';
import { DAW_CODES, EMPTY_DRAFT, readDraft, type EntryDraft, type EntryErrors } from './entryDraft';
import { NumberField } from '../shared/NumberField';
import { SigField } from './SigField';
import { actions, type ResolvedEncounter } from '../../../core';

/** The data-entry form for one prescription; Enter in any box submits (except while picking a drug). */
export function EntryForm({ scenario, rxId }: { scenario: ResolvedEncounter; rxId: string }) {
  const { t } = useTranslation();
  const dispatch = useAppStore(selectDispatch);
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<EntryDraft>(EMPTY_DRAFT);
  const [errors, setErrors] = useState<EntryErrors>({});
  const products = useMemo(() => [...scenario.products.values()], [scenario]);
  const set = (patch: Partial<EntryDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const setTyping = useAppStore((s) => s.setTyping);
  // The 3D monitor shows what is typed as it is typed; it goes blank when the form closes.
  const drug = draft.productId ? scenario.products.get(draft.productId) : undefined;
  const drugName = drug ? fullProductName(drug) : '';
  useEffect(() => {
    const blank = drugName === '' && draft.sig === '' && draft.quantity === '';
    setTyping(blank ? null : { drug: drugName, sig: draft.sig, quantity: draft.quantity });
  }, [drugName, draft.sig, draft.quantity, setTyping]);
  useEffect(() => () => setTyping(null), [setTyping]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const read = readDraft(draft);
    if ('errors' in read) {
      setErrors(read.errors);
      // Take the student straight to the first thing to fix.
      queueMicrotask(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setErrors({});
    dispatch(actions.enterPrescription(rxId, read.entry));
  };

  return (
    <form ref={formRef} className="panel-block system-screen entry-form" onSubmit={submit} noValidate aria-label={t('entry.form')}>
      <DrugSearch
        products={products}
        selectedId={draft.productId}
        onSelect={(productId) => set({ productId })}
        invalid={Boolean(errors.productId)}
        errorId={`${id}-drug-err`}
      />
      {errors.productId && (
        <p id={`${id}-drug-err`} className="field-error">
          <span aria-hidden="true">⚠ </span>
          {t(errors.productId)}
        </p>
      )}
      <SigField
        value={draft.sig}
        onChange={(sig) => set({ sig })}
        error={errors.sig && t(errors.sig)}
        errorId={`${id}-sig-err`}
        dispenseUnit={draft.productId ? scenario.products.get(draft.productId)?.dispenseUnit : undefined}
      />
      <div className="field-grid">
        <NumberField
          name="quantity"
          label={t('entry.quantity')}
          decimal
          value={draft.quantity}
          onChange={(quantity) => set({ quantity })}
          error={errors.quantity && t(errors.quantity)}
        />
        <NumberField
          name="daysSupply"
          label={t('entry.daysSupply')}
          value={draft.daysSupply}
          onChange={(daysSupply) => set({ daysSupply })}
          error={errors.daysSupply && t(errors.daysSupply)}
        />
        <NumberField
          name="refills"
          label={t('entry.refills')}
          value={draft.refills}
          onChange={(refills) => set({ refills })}
          error={errors.refills && t(errors.refills)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-daw`}>{t('entry.dawCode')}</label>
        <select id={`${id}-daw`} value={draft.daw} onChange={(e) => set({ daw: e.target.value })}>
          {DAW_CODES.map((code) => (
            <option key={code} value={code}>
              {code} — {t(`entry.dawWords.${code}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="btn btn-primary">
        {t('entry.submit')}
      </button>
    </form>
  );
}
