import { useTranslation } from 'react-i18next';
import { useEffect, useState } from 'react';
import { fullProductName } from '../../../state/productNames';
import { selectCurrentPrescription, selectCurrentRx, selectDispatch, selectScenario, selectTray } from '../../../state/selectors';
import { useAppStore, useAppStoreApi } from '../../../state/StoreContext';
import { countingKind, unitWords } from './countingKind';
import { NumberField } from '../shared/NumberField';
import { typing } from '../useStationKeys';
import { actions, reconstitutionFor, type Product } from '../../../core';
import { Reconstitute } from './Reconstitute';

/** Counting keys and how many units each adds. */
const COUNT_KEYS: Readonly<Record<string, number>> = { '+': 5, '=': 5, ArrowUp: 1, ArrowDown: -1, '-': -1 };

/** The counting tray, the graduate, or the package count, depending on the product in hand. */
export function CountingPanel() {
  const { t } = useTranslation();
  const scenario = useAppStore(selectScenario);
  const rx = useAppStore(selectCurrentRx);
  const prescription = useAppStore(selectCurrentPrescription);
  const productId = rx?.selectedProductId ?? rx?.entry?.productId ?? null;
  const product = productId ? scenario?.products.get(productId) : undefined;
  if (!rx || !product) return <p className="hint">{t('counting.takeFirst')}</p>;
  return (
    <div className="panel-stack">
      <p>
        {t('counting.workingWith')} <strong>{fullProductName(product)}</strong>
        {rx.selectedProductId ? '' : t('counting.notInHand')}
      </p>
      {rx.counted !== null && (
        <p className="status-done">
          <span aria-hidden="true">✔ </span>
          {t('counting.placed', { n: rx.counted, unit: unitWords(product, rx.counted, t) })}
        </p>
      )}
      {scenario && prescription && reconstitutionFor(scenario, prescription) !== null && (
        <Reconstitute rxId={rx.id} facts={reconstitutionFor(scenario, prescription)!} done={rx.reconstituted} />
      )}
      {countingKind(product) === 'measure' ? <Measure rxId={rx.id} product={product} /> : <Tray rxId={rx.id} product={product} />}
    </div>
  );
}

/** Pills counted by fives, or whole packages one at a time; both show the running total large. */
function Tray({ rxId, product }: { rxId: string; product: Product }) {
  const { t } = useTranslation();
  const tray = useAppStore(selectTray);
  const setTray = useAppStore((s) => s.setTray);
  const dispatch = useAppStore(selectDispatch);
  const packages = countingKind(product) === 'packages';
  const step = packages ? product.packageSize : 1;
  const add = (n: number) => setTray(tray + n * step);
  const store = useAppStoreApi();
  // The keys work anywhere at the bench (not only with focus in the tray), except while typing or in a dialog.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || typing(e.target)) return;
      if (e.target instanceof HTMLElement && e.target.closest('[role="dialog"]')) return;
      const delta = COUNT_KEYS[e.key];
      if (delta === undefined || (packages && Math.abs(delta) === 5) || store.getState().flagDialogOpen) return;
      e.preventDefault();
      store.getState().setTray(store.getState().tray + delta * step);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [store, packages, step]);
  const count = packages ? Math.round(tray / step) : tray;
  return (
    <section className="panel-block counting" aria-labelledby="tray-heading">
      <h3 id="tray-heading">{packages ? t('counting.packagesTitle') : t('counting.trayTitle')}</h3>
      {packages && (
        <p className="field-note">
          {t('counting.packagesNote', { size: product.packageSize, unit: unitWords(product, product.packageSize, t) })}
        </p>
      )}
      <p className="count-big" aria-live="polite">
        {count} <span className="count-unit">{packages ? t('units.package', { count }) : unitWords(product, count, t)}</span>
        {packages && (
          <span className="count-sub">
            {' '}
            = {tray} {unitWords(product, tray, t)}
          </span>
        )}
      </p>
      <div className="btn-row">
        {!packages && (
          <button type="button" className="btn btn-big" onClick={() => add(5)}>
            +5
          </button>
        )}
        <button type="button" className="btn btn-big" onClick={() => add(1)}>
          +1
        </button>
        <button type="button" className="btn btn-big" onClick={() => add(-1)} aria-label={t('counting.takeOne')}>
          −1
        </button>
        <button type="button" className="btn" onClick={() => setTray(0)}>
          {t('counting.empty')}
        </button>
      </div>
      <p className="field-note">{packages ? t('counting.keysPackages') : t('counting.keys')}</p>
      <button type="button" className="btn btn-primary" onClick={() => dispatch(actions.countProduct(rxId, tray))}>
        {packages ? t('counting.placeBag') : t('counting.placeVial')}
      </button>
    </section>
  );
}

/** A liquid measured in a graduated cylinder, in mL. */
function Measure({ rxId, product }: { rxId: string; product: Product }) {
  const { t } = useTranslation();
  const dispatch = useAppStore(selectDispatch);
  const [ml, setMl] = useState('');
  const [error, setError] = useState<boolean>(false);
  const place = () => {
    const quantity = Number(ml.trim());
    if (ml.trim() === '' || !(quantity > 0)) return setError(true);
    setError(false);
    dispatch(actions.countProduct(rxId, quantity));
  };
  return (
    <form className="panel-block counting" aria-label={t('counting.cylinder')} onSubmit={(e) => (e.preventDefault(), place())}>
      <NumberField
        name="ml"
        label={t('counting.measured')}
        decimal
        value={ml}
        onChange={setMl}
        error={error ? t('counting.mlError') : undefined}
        hint={t('counting.stockBottle', { size: product.packageSize })}
      />
      <p className="count-big" aria-hidden="true">
        {ml.trim() === '' ? '0' : ml} <span className="count-unit">mL</span>
      </p>
      <button type="submit" className="btn btn-primary">
        {t('counting.pour')}
      </button>
    </form>
  );
}
