/**
 * A stand-in for NAVER's Clova Extensions Kit calling a Clova Home extension, knowing nothing of
 * the hub: account linking (OAuth code flow with PKCE), then `ClovaHome` requests
 * (DiscoverAppliancesRequest, control and query requests) sent with the linked access token in the
 * payload and signed as CEK signs them (`SignatureCEK`: RSA SHA-256 of the body, base64), with a
 * key pair of its own whose public key it gives out.
 */
import { generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import { type Approve, type LinkedTokens, type LinkingConfig, linkAccount } from '../platforms/linking.js';

export class ClovaCekSimulator<B = unknown> {
  tokens: LinkedTokens | null = null;
  /** The extension's URL and linking settings, as the extension's developer registers them. */
  extensionUrl = '';
  linking: LinkingConfig | null = null;
  readonly #keys = generateKeyPairSync('rsa', { modulusLength: 2048 });

  /** CEK's public key (PEM), for the extension's signature check. */
  publicKeyPem(): string {
    return this.#keys.publicKey.export({ type: 'spki', format: 'pem' }).toString();
  }

  async link(approve: Approve): Promise<void> {
    if (!this.linking) throw new Error('no linking settings registered');
    this.tokens = await linkAccount(this.linking, approve);
  }

  /** One request (`name` without the `Request` suffix); `signature: false` leaves the header out. */
  async send(
    name: string,
    payload: Record<string, unknown> = {},
    opts: { token?: string; signature?: boolean | string } = {},
  ): Promise<{ status: number; body: B }> {
    const body = JSON.stringify({
      header: {
        messageId: randomUUID(),
        name: `${name}Request`,
        namespace: 'ClovaHome',
        payloadVersion: '1.0',
      },
      payload: { accessToken: opts.token ?? this.tokens?.accessToken, ...payload },
    });
    const sig =
      typeof opts.signature === 'string'
        ? opts.signature
        : opts.signature === false
          ? null
          : sign('sha256', Buffer.from(body), this.#keys.privateKey).toString('base64');
    const res = await fetch(this.extensionUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(sig ? { SignatureCEK: sig } : {}) },
      body,
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as B };
  }

  discover() {
    return this.send('DiscoverAppliances');
  }

  /** A control or query request on one appliance. */
  control(name: string, applianceId: string, extra: Record<string, unknown> = {}) {
    return this.send(name, { appliance: { applianceId }, ...extra });
  }
}
