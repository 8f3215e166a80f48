import { ErrorBoundary, LocationProvider, Route, Router, useLocation } from 'preact-iso';
import { lazyPage } from './ui/components/chunk-retry/lazy-page';
import { Layout } from './ui/components/layout/Layout';
import { LangLocation } from './ui/i18n/LangLocation';
import { VaultProvider } from './ui/vault/VaultProvider';

// Even the start page loads on its own: its sentences and code stay out of every other page.
const StartPage = lazyPage(() => import('./ui/pages/start/StartPage').then((m) => m.StartPage));
const NotFoundPage = lazyPage(() =>
  import('./ui/pages/not-found/NotFoundPage').then((m) => m.NotFoundPage),
);
const SafetyPage = lazyPage(() => import('./ui/pages/safety/SafetyPage').then((m) => m.SafetyPage));
const LearnPage = lazyPage(() => import('./ui/pages/learn/LearnPage').then((m) => m.LearnPage));
const GuidePage = lazyPage(() => import('./ui/pages/learn/GuidePage').then((m) => m.GuidePage));
const JournalPage = lazyPage(() =>
  import('./ui/pages/reflect/JournalPage').then((m) => m.JournalPage),
);
const GuidedPromptPage = lazyPage(() =>
  import('./ui/pages/reflect/GuidedPromptPage').then((m) => m.GuidedPromptPage),
);
const GuidedSummaryPage = lazyPage(() =>
  import('./ui/pages/reflect/GuidedSummaryPage').then((m) => m.GuidedSummaryPage),
);
const FreeEntryPage = lazyPage(() =>
  import('./ui/pages/reflect/FreeEntryPage').then((m) => m.FreeEntryPage),
);
const EntryPage = lazyPage(() => import('./ui/pages/reflect/EntryPage').then((m) => m.EntryPage));
const DecideStartPage = lazyPage(() =>
  import('./ui/pages/decide/DecideStartPage').then((m) => m.DecideStartPage),
);
const QuestionPage = lazyPage(() =>
  import('./ui/pages/decide/QuestionPage').then((m) => m.QuestionPage),
);
const CheckAnswersPage = lazyPage(() =>
  import('./ui/pages/decide/CheckAnswersPage').then((m) => m.CheckAnswersPage),
);
const ResultPage = lazyPage(() => import('./ui/pages/decide/ResultPage').then((m) => m.ResultPage));
const PreparePage = lazyPage(() =>
  import('./ui/pages/prepare/PreparePage').then((m) => m.PreparePage),
);
const PracticePage = lazyPage(() =>
  import('./ui/pages/prepare/PracticePage').then((m) => m.PracticePage),
);
const AfterPage = lazyPage(() => import('./ui/pages/prepare/AfterPage').then((m) => m.AfterPage));
const NoticePage = lazyPage(() => import('./ui/pages/notice/NoticePage').then((m) => m.NoticePage));
const NewSessionPage = lazyPage(() =>
  import('./ui/pages/notice/NewSessionPage').then((m) => m.NewSessionPage),
);
const EditSessionPage = lazyPage(() =>
  import('./ui/pages/notice/EditSessionPage').then((m) => m.EditSessionPage),
);
const SessionReflectionPage = lazyPage(() =>
  import('./ui/pages/notice/ReflectionPage').then((m) => m.ReflectionPage),
);
const HappenedPage = lazyPage(() =>
  import('./ui/pages/happened/HappenedPage').then((m) => m.HappenedPage),
);
const ComplaintListPage = lazyPage(() =>
  import('./ui/pages/happened/complaint/ComplaintListPage').then((m) => m.ComplaintListPage),
);
const ComplaintStepPage = lazyPage(() =>
  import('./ui/pages/happened/complaint/ComplaintStepPage').then((m) => m.ComplaintStepPage),
);
const ComplaintCheckPage = lazyPage(() =>
  import('./ui/pages/happened/complaint/CheckPage').then((m) => m.CheckPage),
);
const ComplaintFilePage = lazyPage(() =>
  import('./ui/pages/happened/complaint/FilePage').then((m) => m.FilePage),
);
const ComplaintPrintPage = lazyPage(() =>
  import('./ui/pages/happened/complaint/PrintPage').then((m) => m.ComplaintPrintPage),
);
const ReportPage = lazyPage(() =>
  import('./ui/pages/happened/report/ReportPage').then((m) => m.ReportPage),
);
const ReportPrintPage = lazyPage(() =>
  import('./ui/pages/happened/report/ReportPrintPage').then((m) => m.ReportPrintPage),
);
const VerifyPage = lazyPage(() =>
  import('./ui/pages/happened/report/VerifyPage').then((m) => m.VerifyPage),
);
const ErasedPage = lazyPage(() => import('./ui/pages/erased/ErasedPage').then((m) => m.ErasedPage));
const SettingsPage = lazyPage(() =>
  import('./ui/pages/settings/SettingsPage').then((m) => m.SettingsPage),
);
// Each setting is its own page and chunk: one form each, not the five.
const LockSettingPage = lazyPage(() =>
  import('./ui/pages/settings/LockSection').then((m) => m.LockSettingPage),
);
const PassphraseSettingPage = lazyPage(() =>
  import('./ui/pages/settings/PassphraseSection').then((m) => m.PassphraseSettingPage),
);
const BackupSettingPage = lazyPage(() =>
  import('./ui/pages/settings/BackupSection').then((m) => m.BackupSettingPage),
);
const ExitSettingPage = lazyPage(() =>
  import('./ui/pages/settings/ExitSection').then((m) => m.ExitSettingPage),
);
const EraseSettingPage = lazyPage(() =>
  import('./ui/pages/settings/EraseSection').then((m) => m.EraseSettingPage),
);

function Routes() {
  const { path } = useLocation();
  return (
    <Layout path={path}>
      <Router>
        <Route path="/" component={StartPage} />
        <Route path="/safety" component={SafetyPage} />
        <Route path="/settings" component={SettingsPage} />
        <Route path="/settings/lock" component={LockSettingPage} />
        <Route path="/settings/passphrase" component={PassphraseSettingPage} />
        <Route path="/settings/backup" component={BackupSettingPage} />
        <Route path="/settings/exit" component={ExitSettingPage} />
        <Route path="/settings/erase" component={EraseSettingPage} />
        <Route path="/learn" component={LearnPage} />
        <Route path="/learn/:slug" component={GuidePage} />
        <Route path="/reflect" component={JournalPage} />
        <Route path="/reflect/new" component={FreeEntryPage} />
        <Route path="/reflect/entry" component={EntryPage} />
        <Route path="/reflect/guided/summary" component={GuidedSummaryPage} />
        <Route path="/reflect/guided/:step" component={GuidedPromptPage} />
        <Route path="/notice" component={NoticePage} />
        <Route path="/notice/new" component={NewSessionPage} />
        <Route path="/notice/session" component={EditSessionPage} />
        <Route path="/notice/reflect" component={SessionReflectionPage} />
        <Route path="/decide" component={DecideStartPage} />
        <Route path="/decide/q/:n" component={QuestionPage} />
        <Route path="/decide/check" component={CheckAnswersPage} />
        <Route path="/decide/result" component={ResultPage} />
        <Route path="/prepare" component={PreparePage} />
        <Route path="/prepare/practice" component={PracticePage} />
        <Route path="/prepare/after" component={AfterPage} />
        <Route path="/happened" component={HappenedPage} />
        <Route path="/happened/complaint" component={ComplaintListPage} />
        <Route path="/happened/complaint/check" component={ComplaintCheckPage} />
        <Route path="/happened/complaint/file" component={ComplaintFilePage} />
        <Route path="/happened/complaint/print" component={ComplaintPrintPage} />
        <Route path="/happened/complaint/:step" component={ComplaintStepPage} />
        <Route path="/happened/report" component={ReportPage} />
        <Route path="/happened/report/print" component={ReportPrintPage} />
        <Route path="/happened/report/verify" component={VerifyPage} />
        <Route path="/erased" component={ErasedPage} />
        <Route default component={NotFoundPage} />
      </Router>
    </Layout>
  );
}

export function App() {
  return (
    <LocationProvider>
      <LangLocation>
        <ErrorBoundary>
          <VaultProvider>
            <Routes />
          </VaultProvider>
        </ErrorBoundary>
      </LangLocation>
    </LocationProvider>
  );
}
