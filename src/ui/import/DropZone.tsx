import { useTranslation } from 'react-i18next';
import { useEffect, useState } from 'react';

/**
 * Accepts scenario files dropped anywhere on the page, and says so while they are dragged over it.
 * `message` replaces the invitation (a lab that refuses files still stops the browser opening them).
 */
export function DropZone({ onFiles, message }: { onFiles(files: FileList): void; message?: string }) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  useEffect(() => {
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setOver(true);
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setOver(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setOver(false);
      if (e.dataTransfer?.files.length) onFiles(e.dataTransfer.files);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [onFiles]);
  if (!over) return null;
  return (
    <div className="drop-zone" aria-hidden="true">
      <p>{message ?? t('import.drop')}</p>
    </div>
  );
}
