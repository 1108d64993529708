/** Sign-in with the home's owner token (or by opening the link `serve` prints). */
import { useState } from 'preact/hooks';
import type { Translate } from '../../../src/present/i18n.js';
import { Filled } from './bidi.js';

export function SignIn({
  t,
  error,
  busy,
  onToken,
}: {
  t: Translate;
  error: string | null;
  busy: boolean;
  onToken: (token: string) => void;
}) {
  const [token, setToken] = useState('');
  return (
    <main id="main" class="signin" tabIndex={-1}>
      <form
        class="signin-card"
        aria-labelledby="signin-title"
        onSubmit={(e) => {
          e.preventDefault();
          if (token.trim()) onToken(token.trim());
        }}
      >
        <h1 id="signin-title">
          {t('app.name')} · {t('signin.title')}
        </h1>
        <p class="muted">
          <Filled template={t('signin.lead')} vars={{ command: 'yeondong serve' }} code />
        </p>
        <label class="field" for="signin-token">
          <span>{t('signin.token')}</span>
        </label>
        <input
          id="signin-token"
          name="token"
          type="password"
          autocomplete="off"
          spellcheck={false}
          value={token}
          onInput={(e) => setToken(e.currentTarget.value)}
          aria-describedby={error ? 'signin-error' : undefined}
          aria-invalid={error ? true : undefined}
        />
        {error ? (
          <p id="signin-error" class="error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" class="primary" disabled={busy || token.trim() === ''}>
          {busy ? t('signin.checking') : t('signin.submit')}
        </button>
      </form>
    </main>
  );
}
