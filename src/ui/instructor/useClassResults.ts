import { useTranslation } from 'react-i18next';
import { useCallback, useMemo, useState } from 'react';
import { summariseClass, type ClassSummary } from '../../platform/results/classSummary';
import { rescore, type Rescored } from '../../platform/results/rescore';
import { loadShippedEncounter } from '../../platform/scenarioLibrary';
import { readResultFiles } from './readResultFiles';

/** A file left out of the totals, with the reason. */
export interface LeftOut {
  fileName: string;
  message: string;
}

/** The files dropped so far, each re-scored on the shipped scenarios, and the class summary of those that count. */
export interface ClassResults {
  summary: ClassSummary;
  leftOut: LeftOut[];
  /** Every file read so far, counted or left out, as re-scoring judged it (the class board reads these). */
  rescored: readonly Rescored[];
  /** "Read 3 files: 2 counted, 1 left out." after each drop; empty before the first. */
  status: string;
  add(files: Iterable<File>): Promise<void>;
  clear(): void;
}

/** Holds what the instructor dropped, in this page's memory only. */
export function useClassResults(): ClassResults {
  const [checked, setChecked] = useState<Rescored[]>([]);
  const [unreadable, setUnreadable] = useState<LeftOut[]>([]);
  const [status, setStatus] = useState('');
  const { t } = useTranslation();

  const add = useCallback(
    async (files: Iterable<File>) => {
      const outcomes = await readResultFiles(files);
      const bad = outcomes.flatMap((o) => (o.ok ? [] : [{ fileName: o.fileName, message: o.message }]));
      const rescored = outcomes.flatMap((o) => (o.ok ? o.submissions.map((s) => rescore(s, loadShippedEncounter)) : []));
      const rejected = rescored.filter((r) => r.kind === 'rejected').length;
      setUnreadable((u) => [...u, ...bad]);
      setChecked((c) => [...c, ...rescored]);
      const left = bad.length + rejected;
      setStatus(t('instructor.read', { count: outcomes.length, counted: rescored.length - rejected, left }));
    },
    [t],
  );

  const clear = useCallback(() => {
    setChecked([]);
    setUnreadable([]);
    setStatus(t('instructor.cleared'));
  }, [t]);

  const summary = useMemo(() => summariseClass(checked), [checked]);
  const leftOut = useMemo(
    () => [
      ...unreadable,
      ...checked.flatMap((c) => (c.kind === 'rejected' ? [{ fileName: c.submission.fileName, message: c.message }] : [])),
    ],
    [unreadable, checked],
  );
  return { summary, leftOut, rescored: checked, status, add, clear };
}
