/**
 * The sign-in token: taken once from `#token=…` (then removed from the address bar so it is not
 * bookmarked or shared), kept in sessionStorage for this browser tab's session.
 */
const TOKEN_KEY = 'yeondong.token';
const HOME_KEY = 'yeondong.home';

export interface Session {
  token: string;
  home: string | null;
}

/** Reads `#token=…` (and optional `&home=…`) from the address, or the stored session. */
export function loadSession(): Session | null {
  const hash = new URLSearchParams(location.hash.replace(/^#/, ''));
  const fromHash = hash.get('token');
  if (fromHash) {
    const s: Session = { token: fromHash.trim(), home: hash.get('home') };
    saveSession(s);
    history.replaceState(null, '', location.pathname + location.search);
    return s;
  }
  try {
    const token = sessionStorage.getItem(TOKEN_KEY);
    return token ? { token, home: sessionStorage.getItem(HOME_KEY) } : null;
  } catch {
    return null;
  }
}

export function saveSession(s: Session): void {
  try {
    sessionStorage.setItem(TOKEN_KEY, s.token);
    if (s.home) sessionStorage.setItem(HOME_KEY, s.home);
    else sessionStorage.removeItem(HOME_KEY);
  } catch {
    // storage disabled: the session lasts as long as the page
  }
}

export function clearSession(): void {
  try {
    sessionStorage.removeItem(TOKEN_KEY);
    sessionStorage.removeItem(HOME_KEY);
  } catch {
    // nothing stored
  }
}
