import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DRILL_TOPICS, drillTopicName, type DrillSetup, type DrillTopic } from '../../core';
import { useLanguage } from '../language';
import { randomSeed } from './randomSeed';

/** The menu's drills section: a seed (new and random unless the class was given one), the topic mix, Start. */
export function DrillMenu({ onStart }: { onStart(setup: DrillSetup): void }) {
  const { t } = useTranslation();
  const id = useId();
  const language = useLanguage();
  const [seed, setSeed] = useState(randomSeed);
  const [topics, setTopics] = useState<readonly DrillTopic[]>(DRILL_TOPICS);
  const ready = seed.trim() !== '' && topics.length > 0;
  const toggle = (topic: DrillTopic, on: boolean) => setTopics((now) => (on ? [...now, topic] : now.filter((x) => x !== topic)));

  return (
    <form
      className="drill-menu"
      aria-labelledby={`${id}-legend`}
      onSubmit={(e) => {
        e.preventDefault();
        if (ready) onStart({ seed, topics });
      }}
    >
      <fieldset>
        <legend id={`${id}-legend`}>{t('drills.menuLegend')}</legend>
        <p className="drill-menu-intro">{t('drills.menuIntro')}</p>
        <div className="drill-seed">
          <label htmlFor={`${id}-seed`}>{t('drills.seedLabel')}</label>
          <input
            id={`${id}-seed`}
            value={seed}
            onChange={(e) => setSeed(e.target.value)}
            maxLength={40}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={`${id}-seed-hint`}
          />
          <button type="button" onClick={() => setSeed(randomSeed())}>
            {t('drills.newSeed')}
          </button>
        </div>
        <p id={`${id}-seed-hint`} className="drill-menu-hint">
          {t('drills.seedHint')}
        </p>
        <fieldset className="drill-topics">
          <legend>{t('drills.topicsLegend')}</legend>
          {DRILL_TOPICS.map((topic) => (
            <label key={topic}>
              <input type="checkbox" checked={topics.includes(topic)} onChange={(e) => toggle(topic, e.target.checked)} />
              {drillTopicName(topic, language)}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="primary" disabled={!ready}>
          {t('drills.start')}
        </button>
      </fieldset>
    </form>
  );
}
