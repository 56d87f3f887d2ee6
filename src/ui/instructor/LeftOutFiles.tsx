import { useTranslation } from 'react-i18next';
import type { LeftOut } from './useClassResults';

/** Files that are not counted, each with the reason in plain words. */
export function LeftOutFiles({ files }: { files: readonly LeftOut[] }) {
  const { t } = useTranslation();
  if (files.length === 0) return null;
  return (
    <section className="left-out" aria-labelledby="left-out-title">
      <h2 id="left-out-title">
        <span aria-hidden="true">⚠ </span>
        {t('instructor.leftOut', { count: files.length })}
      </h2>
      <ul>
        {files.map((f, i) => (
          <li key={`${f.fileName}-${i}`}>{f.message}</li>
        ))}
      </ul>
    </section>
  );
}
