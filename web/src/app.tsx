/** The dashboard shell: sign-in, then the home with its views and the assistant console. */
import type { JSX } from 'preact';
import { useCallback, useEffect, useMemo, useReducer, useState } from 'preact/hooks';
import { type Lang, type MessageKey, type Translate, translator } from '../../src/present/i18n.js';
import { Api, ApiError, findHome } from './api.js';
import { AppContext, type AppCtx, errorText } from './context.js';
import { storedLang, storeLang } from './lang-store.js';
import { connectLive } from './live.js';
import type { HomeInfo } from './model.js';
import { clearSession, loadSession, type Session, saveSession } from './session.js';
import { type Action, initialState, reduce, type State, seedActivity } from './state.js';
import { ActivityView } from './views/activity-view.js';
import { ConsoleView } from './views/console-view.js';
import { GrantsView } from './views/grants-view.js';
import { HomeView } from './views/home-view.js';
import { MatterView } from './views/matter-view.js';
import { RoutinesView } from './views/routines-view.js';
import { SignIn } from './views/sign-in.js';

type Phase =
  | { kind: 'signin'; error: string | null }
  | { kind: 'checking'; session: Session }
  | { kind: 'ready'; api: Api }
  | { kind: 'unreachable'; session: Session; message: string };

export function App() {
  const [lang, setLang] = useState<Lang>(storedLang);
  const t = useMemo(() => translator(lang), [lang]);
  const [phase, setPhase] = useState<Phase>(() => {
    const s = loadSession();
    return s ? { kind: 'checking', session: s } : { kind: 'signin', error: null };
  });

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.name');
  }, [lang, t]);

  useEffect(() => {
    if (phase.kind !== 'checking') return;
    let cancelled = false;
    const { token } = phase.session;
    findHome(token).then(
      (me) => {
        if (cancelled) return;
        saveSession({ token, home: me.home });
        setPhase({ kind: 'ready', api: new Api(token, me.home, me.role) });
      },
      (err) => {
        if (cancelled) return;
        if (err instanceof ApiError && err.status === 401) {
          clearSession();
          setPhase({ kind: 'signin', error: t('signin.invalid') });
        } else {
          setPhase({ kind: 'unreachable', session: phase.session, message: errorText(t, err) });
        }
      },
    );
    return () => {
      cancelled = true;
    };
  }, [phase, t]);

  const switchLang = () => {
    const next: Lang = lang === 'ko' ? 'en' : 'ko';
    storeLang(next);
    setLang(next);
  };
  const signOut = useCallback(() => {
    clearSession();
    setPhase({ kind: 'signin', error: null });
  }, []);
  const expired = useCallback(() => {
    clearSession();
    setPhase({ kind: 'signin', error: t('signin.invalid') });
  }, [t]);

  const langButton = (
    <button
      type="button"
      class="ghost"
      lang={lang === 'ko' ? 'en' : 'ko'}
      aria-label={t('lang.switchLabel')}
      onClick={switchLang}
    >
      {t('lang.switch')}
    </button>
  );

  if (phase.kind === 'signin' || phase.kind === 'checking') {
    return (
      <>
        <div class="topbar-lang">{langButton}</div>
        <SignIn
          t={t}
          error={phase.kind === 'signin' ? phase.error : null}
          busy={phase.kind === 'checking'}
          onToken={(token) => setPhase({ kind: 'checking', session: { token, home: null } })}
        />
      </>
    );
  }
  if (phase.kind === 'unreachable') {
    return (
      <main id="main" class="signin">
        <div class="signin-card">
          <p class="error" role="alert">
            {t('signin.unreachable', { message: phase.message })}
          </p>
          <button
            type="button"
            class="primary"
            onClick={() => setPhase({ kind: 'checking', session: phase.session })}
          >
            {t('app.retry')}
          </button>
          <button type="button" class="ghost" onClick={signOut}>
            {t('signout')}
          </button>
        </div>
      </main>
    );
  }
  return (
    <Dashboard
      api={phase.api}
      t={t}
      lang={lang}
      langButton={langButton}
      onSignOut={signOut}
      onExpired={expired}
    />
  );
}

type Tab = 'home' | 'activity' | 'grants' | 'routines' | 'matter';
const TABS: Array<{ id: Tab; label: MessageKey }> = [
  { id: 'home', label: 'nav.home' },
  { id: 'activity', label: 'nav.activity' },
  { id: 'grants', label: 'nav.grants' },
  { id: 'routines', label: 'nav.routines' },
  { id: 'matter', label: 'nav.matter' },
];

/** What a guest's dashboard knows of the home: nothing but its own devices (the gate allows no more). */
function limitedHome(id: string, t: Translate): HomeInfo {
  return {
    id,
    name: t('guest.title'),
    areas: [],
    assistants: [],
    satellites: [],
    grants: [],
    connections: {},
  };
}

function reduceOrNull(s: State | null, a: Action): State | null {
  if (a.type === 'loaded')
    return { ...initialState(a.home, a.devices, a.activity), live: s?.live ?? 'connecting' };
  return s ? reduce(s, a) : s;
}

function Dashboard(p: {
  api: Api;
  t: Translate;
  lang: Lang;
  langButton: JSX.Element;
  onSignOut: () => void;
  onExpired: () => void;
}) {
  const { api, t, lang } = p;
  const [state, dispatch] = useReducer(reduceOrNull, null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [tab, setTab] = useState<Tab>('home');
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let stop: (() => void) | null = null;
    let cancelled = false;
    setLoadError(null);
    (async () => {
      // A guest (or a partner) may not read the home, its log or its grants: only its devices.
      const [home, devices, audit, commands] = api.full
        ? await Promise.all([
            api.homeInfo(),
            api.devices(),
            api.audit(100).catch(() => []),
            api.commands(100).catch(() => []),
          ])
        : [limitedHome(api.home, t), await api.devices(), [], []];
      if (cancelled) return;
      dispatch({ type: 'loaded', home, devices, activity: seedActivity(audit, commands) });
      stop = connectLive(api.eventsUrl(), {
        event: (event) => dispatch({ type: 'event', event }),
        status: (live) => dispatch({ type: 'live', live }),
        resync: () => {
          api.devices().then(
            (ds) => dispatch({ type: 'devices', devices: ds }),
            () => {},
          );
        },
        unauthorized: p.onExpired,
      });
    })().catch((err) => {
      if (cancelled) return;
      if (err instanceof ApiError && err.status === 401) p.onExpired();
      else if (err instanceof ApiError && err.status === 403 && !api.full) setLoadError(t('guest.noAccess'));
      else setLoadError(t('app.loadFailed', { message: errorText(t, err) }));
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [api, attempt]);

  const ctx: AppCtx | null = useMemo(
    () => (state ? { t, lang, api, state, dispatch } : null),
    [t, lang, api, state],
  );

  if (!ctx || !state) {
    return (
      <main id="main" class="signin">
        <div class="signin-card">
          {loadError ? (
            <>
              <p class="error" role="alert">
                {loadError}
              </p>
              <button type="button" class="primary" onClick={() => setAttempt((n) => n + 1)}>
                {t('app.retry')}
              </button>
              <button type="button" class="ghost" onClick={p.onSignOut}>
                {t('signout')}
              </button>
            </>
          ) : (
            <p aria-live="polite">{t('app.loading')}</p>
          )}
        </div>
      </main>
    );
  }

  const liveKey: MessageKey =
    state.live === 'open' ? 'live.open' : state.live === 'connecting' ? 'live.connecting' : 'live.closed';
  return (
    <AppContext.Provider value={ctx}>
      <a class="skip" href="#main">
        {t('app.skip')}
      </a>
      <header class="topbar">
        <div class="brand">
          <span class="logo" aria-hidden="true">
            ⌂
          </span>
          <div>
            <p class="brand-name">{t('app.name')}</p>
            <h1 class="home-name">{state.home.name}</h1>
          </div>
        </div>
        <div class="topbar-actions">
          <span class={`live live-${state.live}`} role="status">
            <span class="dot" aria-hidden="true" />
            {t(liveKey)}
          </span>
          {p.langButton}
          <button type="button" class="ghost" onClick={p.onSignOut}>
            {t('signout')}
          </button>
        </div>
      </header>
      <nav class="tabs" aria-label={t('nav.label')}>
        {(api.full ? TABS : TABS.filter((x) => x.id === 'home')).map((x) => (
          <button
            key={x.id}
            type="button"
            class={`tab tab-${x.id}`}
            aria-current={tab === x.id ? 'page' : undefined}
            onClick={() => setTab(x.id)}
          >
            {t(x.label)}
          </button>
        ))}
      </nav>
      {/* The console stays mounted (its turns survive a tab change); narrow screens show it above the home view only. */}
      <div class={`layout show-${tab}${api.full ? '' : ' limited'}`}>
        {api.full ? (
          <aside class="side" aria-label={t('console.title')}>
            <ConsoleView />
          </aside>
        ) : null}
        <main id="main" tabIndex={-1}>
          {tab === 'activity' ? (
            <ActivityView />
          ) : tab === 'grants' ? (
            <GrantsView />
          ) : tab === 'routines' ? (
            <RoutinesView />
          ) : tab === 'matter' ? (
            <MatterView />
          ) : (
            <HomeView />
          )}
        </main>
      </div>
    </AppContext.Provider>
  );
}
