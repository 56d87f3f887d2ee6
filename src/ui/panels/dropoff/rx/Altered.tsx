import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { alterationsOn } from './alterations';
import type { Prescription } from '../../../../core';
import { useAuthorText } from '../../../language';

type Field = Prescription['alterations'][number]['field'];

/** A line of the prescription; when it was changed, drawn as an overwrite in another ink with a note below. */
export function Altered({ rx, field, children }: { rx: Prescription; field: Field; children: ReactNode }) {
  const { t } = useTranslation();
  const authored = useAuthorText();
  const changes = alterationsOn(rx, field);
  if (changes.length === 0) return <>{children}</>;
  return (
    <span className="rx-altered">
      <span className="rx-overwrite">{children}</span>
      {changes.map((c, i) => (
        <span key={i} className="rx-alteration-note">
          <span aria-hidden="true">✎ </span>
          {t('rx.looksChanged', { what: authored(c.description) })}
        </span>
      ))}
    </span>
  );
}
