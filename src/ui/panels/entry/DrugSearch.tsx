import { useTranslation } from 'react-i18next';
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { fullProductName } from '../../../state/productNames';
import { searchProducts } from './drugSearch';
import type { Product } from '../../../core';

interface DrugSearchProps {
  products: readonly Product[];
  selectedId: string | null;
  onSelect(productId: string | null): void;
  invalid?: boolean;
  errorId?: string;
}

const display = (p: Product) => `${fullProductName(p)} · NDC ${p.ndc}`;

/** The drug look-up: an ARIA combobox that searches by name, brand or NDC; arrows move, Enter picks. */
export function DrugSearch({ products, selectedId, onSelect, invalid, errorId }: DrugSearchProps) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = useMemo(() => searchProducts(products, query), [products, query]);
  const showList = open && matches.length > 0;
  const selected = products.find((p) => p.id === selectedId);

  const choose = (p: Product) => {
    setQuery(display(p));
    setOpen(false);
    onSelect(p.id);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) return setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + matches.length) % Math.max(1, matches.length));
    } else if (e.key === 'Enter' && showList) {
      // Enter picks the highlighted drug; it must not submit the whole form by accident.
      e.preventDefault();
      const p = matches[active];
      if (p) choose(p);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      setOpen(false);
    }
  };

  return (
    <div className="field combo">
      <label htmlFor={`${id}-input`}>{t('entry.drug')}</label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={`${id}-list`}
        aria-activedescendant={showList ? `${id}-opt-${active}` : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={errorId}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(0);
          if (selectedId) onSelect(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul id={`${id}-list`} role="listbox" aria-label={t('entry.matchingList')} className="combo-list" hidden={!showList}>
        {showList &&
          matches.map((p, i) => (
            <li
              key={p.id}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'combo-option is-active' : 'combo-option'}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(p)}
            >
              {display(p)}
            </li>
          ))}
      </ul>
      <p className="sr-only" role="status">
        {open && query.trim() ? t('entry.matching', { count: matches.length }) : ''}
      </p>
      {selected && (
        <p className="field-note">
          <span aria-hidden="true">✔ </span>
          {t('entry.selected', { drug: display(selected) })}
        </p>
      )}
    </div>
  );
}
