/**
 * A stand-in for SmartThings' cloud side of a Schema connector, knowing nothing of the hub:
 *
 * - account linking (OAuth code flow with PKCE) with the connector's OAuth server;
 * - the connector's interactions sent to its URL: discoveryRequest, stateRefreshRequest,
 *   commandRequest, grantCallbackAccess (with a one-time code) and integrationDeleted;
 * - the callback token endpoint (`POST /oauth/token`: accessTokenRequest, refreshAccessTokens,
 *   checking the connector's callback client id and secret) and the state callback endpoint
 *   (`POST /callbacks/state`: stateCallback and discoveryCallback with a callback token it issued).
 *
 * Shapes follow SmartThings' Schema documentation and the `st-schema` SDK.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { type SimRequest, serveJson, Waiters } from '../platforms/http.js';
import { type Approve, type LinkedTokens, type LinkingConfig, linkAccount } from '../platforms/linking.js';

export interface StateCallback {
  interactionType: string;
  deviceState: Array<{ externalDeviceId: string; states: Array<Record<string, unknown>> }>;
  at: number;
}

export interface SmartThingsCloudOptions {
  connectorUrl: string;
  linking: LinkingConfig;
  /** The callback client SmartThings gives the connector. */
  callbackClient: { clientId: string; clientSecret: string };
  port?: number;
}

const headers = (interactionType: string) => ({
  schema: 'st-schema',
  version: '1.0',
  interactionType,
  requestId: randomUUID(),
});

export class SmartThingsCloudSimulator<B = unknown> {
  readonly callbacks: StateCallback[] = [];
  tokens: LinkedTokens | null = null;
  url = '';
  readonly #opts: SmartThingsCloudOptions;
  readonly #codes = new Set<string>();
  readonly #access = new Set<string>();
  readonly #refresh = new Set<string>();
  readonly #waiters = new Waiters();
  #server: { url: string; stop(): Promise<void> } | null = null;

  constructor(opts: SmartThingsCloudOptions) {
    this.#opts = opts;
  }

  async start(): Promise<void> {
    this.#server = await serveJson(
      {
        'POST /oauth/token': (req) => this.#token(req),
        'POST /callbacks/state': (req) => this.#callback(req),
      },
      '127.0.0.1',
      this.#opts.port ?? 0,
    );
    this.url = this.#server.url;
  }

  stop(): Promise<void> {
    return this.#server?.stop() ?? Promise.resolve();
  }

  #issue() {
    const accessToken = randomBytes(18).toString('base64url');
    const refreshToken = randomBytes(18).toString('base64url');
    this.#access.add(accessToken);
    this.#refresh.add(refreshToken);
    return { tokenType: 'Bearer', accessToken, refreshToken, expiresIn: 86400 };
  }

  #token(req: SimRequest) {
    const b = req.body as {
      headers?: { interactionType?: string };
      callbackAuthentication?: Record<string, unknown>;
    };
    const a = b.callbackAuthentication ?? {};
    const client = this.#opts.callbackClient;
    const error = (errorEnum: string) => ({
      status: 401,
      body: { headers: headers('interactionResult'), globalError: { errorEnum, detail: errorEnum } },
    });
    if (a.clientId !== client.clientId) return error('INVALID-CLIENT');
    if (a.clientSecret !== client.clientSecret) return error('INVALID-CLIENT-SECRET');
    if (b.headers?.interactionType === 'accessTokenRequest' && a.grantType === 'authorization_code') {
      if (typeof a.code !== 'string' || !this.#codes.delete(a.code)) return error('INVALID-CODE');
      return { body: { headers: headers('accessTokenResponse'), callbackAuthentication: this.#issue() } };
    }
    if (b.headers?.interactionType === 'refreshAccessTokens' && a.grantType === 'refresh_token') {
      if (typeof a.refreshToken !== 'string' || !this.#refresh.delete(a.refreshToken))
        return error('INVALID-TOKEN');
      return { body: { headers: headers('accessTokenResponse'), callbackAuthentication: this.#issue() } };
    }
    return error('UNSUPPORTED-GRANT-TYPE');
  }

  #callback(req: SimRequest) {
    const b = req.body as {
      headers?: { interactionType?: string };
      authentication?: { token?: string };
      deviceState?: StateCallback['deviceState'];
      devices?: unknown;
    };
    if (!b.authentication?.token || !this.#access.has(b.authentication.token))
      return { status: 401, body: { globalError: { errorEnum: 'TOKEN-EXPIRED', detail: 'callback token' } } };
    const type = b.headers?.interactionType;
    if (
      (type !== 'stateCallback' && type !== 'discoveryCallback') ||
      !Array.isArray(b.deviceState ?? b.devices)
    )
      return { status: 400, body: { globalError: { errorEnum: 'BAD-REQUEST', detail: 'not a callback' } } };
    this.callbacks.push({ interactionType: type, deviceState: b.deviceState ?? [], at: performance.now() });
    this.#waiters.notify();
    return { status: 202, body: {} };
  }

  /** Makes every callback token issued so far invalid (the next callback must refresh). */
  expireCallbackTokens(): void {
    this.#access.clear();
  }

  async waitForCallback(
    match: (id: string, states: Array<Record<string, unknown>>) => boolean,
    ms = 5000,
    /** Only callbacks from this index on. */
    since = 0,
  ): Promise<StateCallback> {
    let found: StateCallback | undefined;
    await this.#waiters.until(() => {
      found = this.callbacks
        .slice(since)
        .find((c) => c.deviceState.some((d) => match(d.externalDeviceId, d.states ?? [])));
      return found !== undefined;
    }, ms);
    return found as StateCallback;
  }

  async link(approve: Approve): Promise<void> {
    this.tokens = await linkAccount(this.#opts.linking, approve);
  }

  /** One interaction; the answer's HTTP status and body. */
  async send(
    interactionType: string,
    rest: Record<string, unknown> = {},
    token = this.tokens?.accessToken,
  ): Promise<{ status: number; body: B }> {
    const res = await fetch(this.#opts.connectorUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        headers: headers(interactionType),
        authentication: { tokenType: 'Bearer', token },
        ...rest,
      }),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as B };
  }

  discovery() {
    return this.send('discoveryRequest');
  }

  stateRefresh(ids: string[]) {
    return this.send('stateRefreshRequest', {
      devices: ids.map((externalDeviceId) => ({ externalDeviceId })),
    });
  }

  command(
    id: string,
    commands: Array<{ component?: string; capability: string; command: string; arguments?: unknown[] }>,
  ) {
    return this.send('commandRequest', {
      devices: [
        { externalDeviceId: id, commands: commands.map((c) => ({ component: 'main', arguments: [], ...c })) },
      ],
    });
  }

  /** A one-time code for the callback token endpoint. */
  newCode(): string {
    const code = randomBytes(12).toString('base64url');
    this.#codes.add(code);
    return code;
  }

  /** Grants the connector callback access: a one-time code it must exchange at our token endpoint. */
  grantCallbackAccess() {
    const code = this.newCode();
    return this.send('grantCallbackAccess', {
      callbackAuthentication: {
        grantType: 'authorization_code',
        scope: 'callback_access',
        code,
        clientId: this.#opts.callbackClient.clientId,
      },
      callbackUrls: { oauthToken: `${this.url}/oauth/token`, stateCallback: `${this.url}/callbacks/state` },
    });
  }

  integrationDeleted() {
    return this.send('integrationDeleted');
  }
}
