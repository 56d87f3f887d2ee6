import { formatProblem, type Problem } from '../../core';
import { useLanguage } from '../language';

/** Checker messages shown exactly as `npm run check-scenarios` prints them (in the page's language): file:line:column path: message. */
export function ProblemList({ problems, title = 'This file could not be opened' }: { problems: readonly Problem[]; title?: string }) {
  const language = useLanguage();
  if (problems.length === 0) return null;
  return (
    <section className="problem-list" role="alert" aria-labelledby="problem-list-title">
      <h2 id="problem-list-title">{title}</h2>
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
