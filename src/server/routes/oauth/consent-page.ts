/**
 * The consent page of the authorization endpoint and its script: the household sees who asks for
 * which scopes and approves with a member token. No inline script anywhere (strict CSP).
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { noStore } from './answers.js';

const SCOPE_TEXT: Record<string, string> = {
  'devices:read': '기기 목록과 상태 보기 (view devices and their state)',
  'devices:operate': '기기 조작하기 (operate devices)',
  conversation: '음성·텍스트 명령 보내기 (send spoken or typed commands)',
};

const esc = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

const CONSENT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

function consentPage(clientName: string, home: string, scopes: string[], query: string): string {
  const items = scopes.map((s) => `<li><code>${esc(s)}</code> — ${esc(SCOPE_TEXT[s] ?? s)}</li>`).join('\n');
  return `<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>연동 — 계정 연결 승인</title>
<script src="/oauth/consent.js" defer></script>
</head>
<body>
<main>
<h1>계정 연결</h1>
<p><strong>${esc(clientName)}</strong> 앱이 <strong>${esc(home)}</strong>의 다음 권한을 요청해요 (asks for these permissions in this home):</p>
<ul id="scopes">
${items}
</ul>
<form method="post" action="/oauth/authorize?${esc(query)}">
<label>가구 구성원 토큰 (household member token) <input type="password" name="access_token" id="access_token" autocomplete="off" required></label>
<button type="submit" name="approve" value="true">허용 (approve)</button>
<button type="submit" name="approve" value="false" formnovalidate>거부 (deny)</button>
</form>
</main>
</body>
</html>
`;
}

/**
 * Answers the consent page; `query` is the authorization request, posted back with the decision.
 * `homeName` is the home as its household calls it (the home file's name), not its id.
 */
export function sendConsentPage(
  reply: FastifyReply,
  client: { name: string; home: string },
  homeName: string,
  scopes: string[],
  query: string,
) {
  return noStore(reply)
    .header('content-security-policy', CONSENT_CSP)
    .header('x-frame-options', 'DENY')
    .header('referrer-policy', 'no-referrer')
    .header('content-type', 'text/html; charset=utf-8')
    .send(consentPage(client.name, homeName, scopes, query));
}

/** Fills the member token from the dashboard's sign-in (same origin); no inline script anywhere. */
const CONSENT_JS = `(() => {
  const input = document.getElementById('access_token');
  if (!input || input.value) return;
  let t = null;
  try {
    for (const s of [window.sessionStorage, window.localStorage]) {
      for (const k of ['yeondong.token', 'yeondong-token', 'token']) { t = t || s.getItem(k); }
    }
  } catch (e) { t = null; }
  if (t) input.value = t;
})();
`;

export function consentScriptRoute(app: FastifyInstance): void {
  app.get(
    '/oauth/consent.js',
    { schema: { summary: 'Script of the consent page (fills in the signed-in member token)' } },
    async (_req, reply) =>
      reply
        .header('content-type', 'text/javascript; charset=utf-8')
        .header('cache-control', 'no-cache')
        .send(CONSENT_JS),
  );
}
