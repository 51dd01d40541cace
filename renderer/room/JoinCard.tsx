/** How to join the room, as the projector and the facilitator's panel show it: a QR code, the
 * short address and the room code, large enough to read from the back of a room. */
import { msg } from '../../shared/strings';
import { shortAddress } from '../../shared/room';
import { QrCode } from './QrCode';

/** The address the QR code carries: the room's, with the code, so scanning fills it in. */
export const joinLink = (address: string, code: string) => `${address}/#code=${code}`;

export function JoinCard({ address, code, size }: { address: string; code: string; size: 'panel' | 'projector' }) {
  return (
    <div className={`join-card join-card-${size}`}>
      <QrCode text={joinLink(address, code)} label={msg.room.qrLabel(shortAddress(address))} size={size === 'projector' ? 360 : 180} />
      <div className="join-card-words">
        <p className="join-card-title">{msg.room.join}</p>
        <p className="join-card-hint">{msg.room.scan}</p>
        <p className="join-card-address">{shortAddress(address)}</p>
        <p className="join-card-hint">{msg.room.codeLabel}</p>
        <p className="join-card-code" aria-label={`${msg.room.codeLabel}: ${code.split('').join(' ')}`}>
          {code}
        </p>
      </div>
    </div>
  );
}
