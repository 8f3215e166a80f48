import { ErrorBoundary, LocationProvider, lazy, Route, Router, useLocation } from 'preact-iso';
import { Layout } from './ui/components/layout/Layout';
import { LangContext } from './ui/i18n';
import { NotBuiltPage } from './ui/pages/not-built/NotBuiltPage';
import { NotFoundPage } from './ui/pages/not-found/NotFoundPage';
import { StartPage } from './ui/pages/start/StartPage';

const SafetyPage = lazy(() => import('./ui/pages/safety/SafetyPage').then((m) => m.SafetyPage));
const SettingsPage = lazy(() =>
  import('./ui/pages/settings/SettingsPage').then((m) => m.SettingsPage),
);

/** Every route of the app. Prerendering starts from these and follows links. */
export const routePaths = [
  '/',
  '/safety',
  '/settings',
  '/learn',
  '/reflect',
  '/notice',
  '/decide',
  '/prepare',
  '/happened',
  '/404',
] as const;

function Routes() {
  const { path } = useLocation();
  return (
    <Layout path={path}>
      <Router>
        <Route path="/" component={StartPage} />
        <Route path="/safety" component={SafetyPage} />
        <Route path="/settings" component={SettingsPage} />
        <Route path="/learn" component={() => <NotBuiltPage part="learn" />} />
        <Route path="/reflect" component={() => <NotBuiltPage part="reflect" />} />
        <Route path="/notice" component={() => <NotBuiltPage part="notice" />} />
        <Route path="/decide" component={() => <NotBuiltPage part="decide" />} />
        <Route path="/prepare" component={() => <NotBuiltPage part="prepare" />} />
        <Route path="/happened" component={() => <NotBuiltPage part="happened" />} />
        <Route default component={NotFoundPage} />
      </Router>
    </Layout>
  );
}

export function App() {
  return (
    <LangContext.Provider value="en">
      <LocationProvider>
        <ErrorBoundary>
          <Routes />
        </ErrorBoundary>
      </LocationProvider>
    </LangContext.Provider>
  );
}
