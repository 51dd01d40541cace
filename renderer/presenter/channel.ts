/**
 * The facilitator's window and the presenter window talk over a BroadcastChannel (same origin:
 * the web bridge's page, or app://touchpoint in Electron). The facilitator says which step and
 * item it shows; the workshop's content reaches the presenter from main's change feed, so it shows
 * only what is saved. Nothing private (notes) ever crosses.
 */
export type PresenterMessage =
  /** `focus`: what is selected on the facilitator's map or blueprint, ringed on the projector;
   * `stage`: which stage of the map the projector shows (renderer/presenter/projector.ts). */
  | {
      type: 'follow';
      workshopId: string;
      step: string;
      item?: string;
      focus?: string[];
      stage?: number | 'all';
      /** While the room is open and the facilitator shows how to join: the address, the code and
       * the question on show (docs/room.md). */
      room?: { address: string; code: string; prompt: string } | null;
    }
  | { type: 'hello'; workshopId: string };

const NAME = 'touchpoint-presenter';

export function openChannel(onMessage: (m: PresenterMessage) => void): { post(m: PresenterMessage): void; close(): void } {
  const channel = new BroadcastChannel(NAME);
  channel.onmessage = (e: MessageEvent<PresenterMessage>) => onMessage(e.data);
  return { post: (m) => channel.postMessage(m), close: () => channel.close() };
}

/** The address of the presenter view for a workshop. */
export const presenterHash = (workshopId: string) => `#/present/${workshopId}`;
