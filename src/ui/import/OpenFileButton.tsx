import { useTranslation } from 'react-i18next';
import { useId, useRef } from 'react';

/** "Open your own scenario…": a file picker for instructors' JSON files (several at once for a shift). */
export function OpenFileButton({ onFiles }: { onFiles(files: FileList): void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  return (
    <div className="open-file">
      <button type="button" onClick={() => input.current?.click()} aria-describedby={`${id}-hint`}>
        {t('import.open')}
      </button>
      <p id={`${id}-hint`} className="open-file-hint">
        {t('import.hint')}
      </p>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        multiple
        hidden
        data-testid="scenario-file-input"
        onChange={(e) => {
          if (e.target.files?.length) onFiles(e.target.files);
          e.target.value = '';
        }}
      />
    </div>
  );
}
