import './platform/zodWithoutEval';
// The UI's words: i18next is set up once, before the first component renders.
import './ui/i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { InstructorApp } from './ui/instructor/InstructorApp';
import './ui/styles.css';
import './ui/game.css';

const root = document.getElementById('root');
if (!root) throw new Error('instructor.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <InstructorApp />
  </StrictMode>,
);
