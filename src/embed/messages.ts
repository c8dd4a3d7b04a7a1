// The postMessage API for host pages: validated inbound commands, and the outbound events the map sends.
import { z } from 'zod';

export const MESSAGE_NAMESPACE = 'eu-migration-map';

const selection = z.object({ kind: z.enum(['country', 'route', 'mission', 'funding']), id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,80}$/) }).strict();

/** Host -> map. Unknown types and malformed payloads are ignored. */
export const inboundMessageSchema = z.discriminatedUnion('type', [
  z
    .object({
      namespace: z.literal(MESSAGE_NAMESPACE),
      type: z.literal('set-view'),
      date: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/).optional(),
      selection: selection.nullable().optional(),
      story: z.object({ id: z.string().regex(/^[a-z0-9-]{1,80}$/), step: z.number().int().min(1).max(99) }).strict().optional(),
    })
    .strict(),
  z.object({ namespace: z.literal(MESSAGE_NAMESPACE), type: z.literal('get-view') }).strict(),
]);

export type InboundMessage = z.infer<typeof inboundMessageSchema>;

/** Map -> host. */
export type OutboundMessage =
  | { namespace: typeof MESSAGE_NAMESPACE; type: 'ready'; version: 1 }
  | { namespace: typeof MESSAGE_NAMESPACE; type: 'selection'; selection: { kind: string; id: string } | null }
  | { namespace: typeof MESSAGE_NAMESPACE; type: 'view'; date: string; selection: { kind: string; id: string } | null; link: string }
  | { namespace: typeof MESSAGE_NAMESPACE; type: 'error'; message: string };

export function parseInbound(data: unknown): InboundMessage | null {
  const parsed = inboundMessageSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}
