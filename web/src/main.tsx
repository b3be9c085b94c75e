import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles.css';

declare global {
  interface Window {
    /** Test hooks: how many task updates the table applied. */
    __migraph: { updatesApplied: number };
  }
}

window.__migraph = { updatesApplied: 0 };

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
