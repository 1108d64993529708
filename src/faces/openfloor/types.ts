/** Open Floor Protocol 1.1 envelopes (open-voice-interoperability/openfloor-docs), as TypeScript types. */

export const OFP_VERSION = '1.1.0';
export const OFP_SCHEMA_URL =
  'https://github.com/open-voice-interoperability/openfloor-docs/blob/main/schemas/conversation-envelope/1.1.0/conversation-envelope-schema.json';

export type EventType =
  | 'invite'
  | 'uninvite'
  | 'acceptInvite'
  | 'declineInvite'
  | 'utterance'
  | 'bye'
  | 'getManifests'
  | 'publishManifests'
  | 'requestFloor'
  | 'grantFloor'
  | 'revokeFloor'
  | 'yieldFloor';

export interface Identification {
  speakerUri: string;
  serviceUrl: string;
  organization: string;
  conversationalName: string;
  synopsis: string;
  department?: string;
  role?: string;
  openFloorRoles?: Record<string, boolean>;
}

export interface Capability {
  keyphrases: string[];
  languages?: string[];
  descriptions: string[];
  supportedLayers?: { input: string[]; output: string[] };
}

export interface Manifest {
  identification: Identification;
  capabilities: Capability[];
  score?: number;
}

export interface Token {
  value?: unknown;
  valueUrl?: string;
  confidence?: number;
}

export interface Feature {
  mimeType: string;
  lang?: string;
  encoding?: string;
  tokens: Token[];
}

export interface DialogEvent {
  id?: string;
  previousId?: string;
  speakerUri: string;
  span: { startTime?: string; endTime?: string; startOffset?: string; endOffset?: string };
  features: Record<string, Feature>;
}

export interface To {
  speakerUri?: string;
  serviceUrl?: string;
  private?: boolean;
}

export interface OfEvent {
  eventType: EventType;
  to?: To;
  reason?: string;
  parameters?: Record<string, unknown>;
}

export interface Conversation {
  id: string;
  conversants?: Array<{ identification: Identification }>;
  assignedFloorRoles?: Record<string, string[]>;
  floorGranted?: string[];
}

export interface Envelope {
  openFloor: {
    schema: { version: string; url?: string };
    conversation: Conversation;
    sender: { speakerUri: string; serviceUrl?: string };
    events: OfEvent[];
  };
}

/** The text of an utterance's dialog event: its `text` feature's token values, joined. */
export function utteranceText(ev: OfEvent): string | null {
  const de = (ev.parameters?.dialogEvent ?? null) as DialogEvent | null;
  const tokens = de?.features?.text?.tokens;
  if (!Array.isArray(tokens)) return null;
  const parts = tokens.map((t) =>
    typeof t?.value === 'string' ? t.value : typeof t?.value === 'number' ? String(t.value) : '',
  );
  const text = parts.join(' ').replace(/\s+/g, ' ').trim();
  return text.length > 0 ? text : null;
}
