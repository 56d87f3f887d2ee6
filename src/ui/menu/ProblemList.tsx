import { useTranslation } from 'react-i18next';
import { formatProblem, type Problem } from '../../core';
import { useLanguage } from '../language';

/** Checker messages shown exactly as `npm run check-scenarios` prints them (in the page's language): file:line:column path: message. */
export function ProblemList({ problems, title }: { problems: readonly Problem[]; title?: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (problems.length === 0) return null;
  return (
    <section className="problem-list" role="alert" aria-labelledby="problem-list-title">
      <h2 id="problem-list-title">{title ?? t('problems.title')}</h2>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            <code>{formatProblem(p, language)}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
