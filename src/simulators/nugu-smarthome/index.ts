/**
 * A stand-in for NUGU's smart-home platform calling an IoT service provider's SmartHomeBackendProxy,
 * knowing nothing of the hub: account linking (OAuth code flow with PKCE), discovery
 * (`POST {proxy}/nugu/v1/devices` with the token in the body) and directives
 * (`POST {proxy}/nugu/v1/capabilities/{capability}/directives/{directive}`), as SK Telecom's
 * NUGU Developers SmartHome Play documentation describes them.
 */
import { randomBytes } from 'node:crypto';
import { type Approve, type LinkedTokens, type LinkingConfig, linkAccount } from '../platforms/linking.js';

export class NuguSmartHomeSimulator<B = unknown> {
  tokens: LinkedTokens | null = null;
  readonly #proxy: string;
  readonly #linking: LinkingConfig;

  constructor(opts: { proxyUrl: string; linking: LinkingConfig }) {
    this.#proxy = opts.proxyUrl.replace(/\/+$/, '');
    this.#linking = opts.linking;
  }

  async link(approve: Approve): Promise<void> {
    this.tokens = await linkAccount(this.#linking, approve);
  }

  async #post(path: string, body: Record<string, unknown>): Promise<{ status: number; body: B }> {
    const res = await fetch(this.#proxy + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as B };
  }

  discover(token = this.tokens?.accessToken) {
    return this.#post('/nugu/v1/devices', { token });
  }

  directive(
    capability: string,
    directive: string,
    deviceId: string,
    parameters: Record<string, unknown> | null = null,
    token = this.tokens?.accessToken,
  ) {
    return this.#post(`/nugu/v1/capabilities/${capability}/directives/${directive}`, {
      version: 1,
      requestId: randomBytes(21).toString('hex'),
      action: {
        command: { smartHomeCapability: capability, smartHomeDirective: directive, parameters },
        smartHomeDevice: { id: deviceId },
      },
      token,
    });
  }
}
