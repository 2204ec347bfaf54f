// First: asks main for the comparison shown at start while the rest of the script is evaluated.
import './ask-initial';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { api } from './api';
import { ErrorBoundary, RecoveryScreen } from './components/Recovery';
import { crashMessage, crashReason, reportErrors } from './recovery';
import './styles.css';

const bridge = api();
reportErrors(bridge, window);

/** The app, or the recovery screen when main loaded the page after a crash (`#recovery=<reason>`). */
function Root() {
  const [crashed, setCrashed] = useState(() => crashReason(window.location.hash));
  if (crashed !== null) {
    return (
      <RecoveryScreen
        message={crashMessage(crashed)}
        onReload={() => {
          history.replaceState(null, '', window.location.pathname + window.location.search);
          setCrashed(null);
        }}
      />
    );
  }
  return (
    <ErrorBoundary api={bridge}>
      <App api={bridge} />
    </ErrorBoundary>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  );
}
