import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@utrecht/component-library-css/dist/index.css';
import '@nl-design-system-candidate/button-css/button.css';
import '@nl-design-system-candidate/heading-css/heading.css';
import '@nl-design-system-candidate/number-badge-css/number-badge.css';
import '@nl-design-system-candidate/skip-link-css/skip-link.css';
import './theme/koers-theme.css';
import { App } from './app';
import { laadConfig } from './config/config';

const root = createRoot(document.getElementById('root') as HTMLElement);
laadConfig().then(
  (config) => {
    document.title = config.naam;
    root.render(
      <StrictMode>
        <App config={config} />
      </StrictMode>,
    );
  },
  (error: unknown) => {
    root.render(
      <main>
        <h1>Koers kan nu niet starten</h1>
        <p>De instellingen van het portaal konden niet worden geladen. Probeer het over een paar minuten opnieuw.</p>
        <p>{error instanceof Error ? error.message : String(error)}</p>
      </main>,
    );
  },
);
