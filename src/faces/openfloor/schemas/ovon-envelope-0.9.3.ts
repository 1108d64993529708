// biome-ignore-all lint/suspicious/noThenProperty: `then` is a JSON Schema keyword in this copied schema
/**
 * Legacy OVON conversation envelope schema 0.9.3 ("ovon" envelopes, 0.9.x).
 * Copied unchanged (as data) from open-voice-interoperability/openfloor-docs, schemas/conversation-envelope/0.9.3/conversation-envelope-schema.json,
 * commit 065a19427c63d1cc080ba19fe6542ccf903560e4. Community Specification License 1.0: see SPEC_LICENSE.md.
 */
export const ovonEnvelopeSchema093 = {
  $id: 'https://github.com/open-voice-interoperability/docs/tree/main/schemas/conversation-envelope/0.9.2/conversation-envelope-schema.json',
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  description:
    "A representation of a 'dialogue envelope’ - the universal data exchange format for an OVON compliant interoperable agent.",
  type: 'object',
  required: ['ovon'],
  properties: {
    ovon: {
      required: ['schema', 'conversation', 'sender', 'events'],
      properties: {
        schema: {
          type: 'object',
          required: ['version'],
          properties: {
            version: {
              type: 'string',
              description: 'The version of the dialog envelope specification matching this envelope.',
            },
            url: {
              $ref: '#/$defs/url',
            },
          },
        },

        conversation: {
          required: ['id'],
          properties: {
            id: {
              type: 'string',
              description: 'Unique identifier for the current conversation with the user.',
            },
            persistent_state: {
              type: 'object',
              description: 'Container for an arbitrary set of key value pairs to be persisted.',
              additionalProperties: {
                type: 'object',
              },
            },
          },
        },

        sender: {
          type: 'object',
          required: ['from'],
          properties: {
            from: {
              $ref: '#/$defs/uri',
              description: 'The URI of the sender of the envelope.',
            },
          },
        },

        events: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              eventType: {
                type: 'string',
                enum: [
                  'utterance',
                  'whisper',
                  'invite',
                  'bye',
                  'requestManifest',
                  'publishManifest',
                  'findAssistant',
                  'proposeAssistant',
                ],
              },
              to: {
                $ref: '#/$defs/uri',
                description: 'The URI of the target of the event.',
              },
              private: {
                type: 'boolean',
                description: "Set to true if the event is intended for the 'to' particpant only.",
              },
            },
            allOf: [
              {
                if: {
                  properties: {
                    eventType: { const: 'utterance' },
                  },
                  required: ['eventType'],
                },
                then: {
                  properties: {
                    parameters: {
                      description: 'Parameters for the utterance event.',
                      type: 'object',
                      properties: {
                        dialogEvent: {
                          ref: 'https://github.com/open-voice-interoperability/lib-interop/tree/main/schemas/dialog-event/1.0.1/dialog-event-schema.json',
                        },
                      },
                      additionalProperties: false,
                    },
                  },
                },
              },

              {
                if: {
                  properties: {
                    eventType: { const: 'whisper' },
                  },
                  required: ['eventType'],
                },
                then: {
                  properties: {
                    parameters: {
                      description: 'Parameters for the whisper event.',
                      type: 'object',
                      properties: {
                        dialogEvent: {
                          ref: 'https://github.com/open-voice-interoperability/lib-interop/tree/main/schemas/dialog-event/1.0.1/dialog-event-schema.json',
                        },
                      },
                      additionalProperties: false,
                    },
                  },
                },
              },

              {
                if: {
                  properties: {
                    eventType: { const: 'invite' },
                  },
                  required: ['eventType'],
                },
                then: {
                  properties: {
                    parameters: {
                      description: 'Parameters for the invite event.',
                      type: 'object',
                      properties: {
                        to: {
                          type: 'object',
                          properties: {
                            url: {
                              $ref: '#/$defs/url',
                              description: 'The URL of the agent to be invited.',
                            },
                          },
                          additionalProperties: false,
                        },
                      },
                      additionalProperties: false,
                    },
                  },
                },
              },

              {
                if: {
                  properties: {
                    eventType: { const: 'bye' },
                  },
                  required: ['eventType'],
                },
                then: {
                  properties: {
                    parameters: {
                      description: 'Parameters for the bye event.',
                      type: 'object',
                      properties: {},
                      additionalProperties: false,
                    },
                  },
                },
              },

              {
                if: {
                  properties: {
                    eventType: { const: 'requestManifest' },
                  },
                  required: ['eventType'],
                },
                then: {
                  properties: {
                    parameters: {
                      description: 'Parameters for the requestManifest event.',
                      type: 'object',
                      properties: {},
                      additionalProperties: false,
                    },
                  },
                },
              },

              {
                if: {
                  properties: {
                    eventType: { const: 'publishManifest' },
                  },
                  required: ['eventType'],
                },
                then: {
                  properties: {
                    parameters: {
                      description: 'Parameters for the publishManifest event.',
                      type: 'object',
                      properties: {
                        manifest: {
                          ref: 'https://github.com/open-voice-interoperability/docs/tree/main/schemas/assistant-manifest/0.9.0/assistant-manifest-schema.json',
                        },
                      },
                      additionalProperties: false,
                    },
                  },
                },
              },

              {
                if: {
                  properties: {
                    eventType: { const: 'findAssistant' },
                  },
                  required: ['eventType'],
                },
                then: {
                  properties: {
                    parameters: {
                      description: 'Parameters for the findAssistant event.',
                      type: 'object',
                      properties: {},
                      additionalProperties: false,
                    },
                  },
                },
              },

              {
                if: {
                  properties: {
                    eventType: { const: 'proposeAssistant' },
                  },
                  required: ['eventType'],
                },
                then: {
                  properties: {
                    parameters: {
                      description: 'Parameters for the proposeAssistant event.',
                      type: 'object',
                      properties: {
                        discoveryManifests: {
                          type: 'array',
                          items: {
                            type: 'object',
                            properties: {
                              identification: {
                                type: 'object',
                                properties: {
                                  serviceEndpoint: {
                                    $ref: '#/$defs/url',
                                    description: 'The endpoint URL of the assistant.',
                                  },
                                  synopsis: {
                                    type: 'string',
                                    description: 'A synopsis of the capabilities of the assistant.',
                                  },
                                },
                              },
                              score: {
                                type: 'integer',
                                description: 'A score for the recommendation.',
                              },
                            },
                          },
                        },
                        servicingManifests: {
                          type: 'array',
                          items: {
                            type: 'object',
                            properties: {
                              identification: {
                                type: 'object',
                                properties: {
                                  serviceEndpoint: {
                                    $ref: '#/$defs/url',
                                    description: 'The endpoint URL of the assistant.',
                                  },
                                  synopsis: {
                                    type: 'string',
                                    description: 'A synopsis of the capabilities of the assistant.',
                                  },
                                },
                              },
                              score: {
                                type: 'integer',
                                description: 'A score for the recommendation.',
                              },
                            },
                          },
                        },
                      },
                      additionalProperties: false,
                    },
                  },
                },
              },
            ],
          },
        },
      },
    },
  },

  $defs: {
    url: {
      type: 'string',
      description: 'Any valid URL',
    },
    uri: {
      type: 'string',
      description: 'Any valid URI',
    },
  },
} as const;
