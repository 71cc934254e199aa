import { call } from '../../services/api-client';
import { useApi } from '../../services/use-api';

/** The parent's applications that were in a drawn draw (main package: no lottery code needed here). */
export const useMyDraws = (skip: boolean) =>
  useApi(() => call('lottery', 'myDraw', {}), [], { skip, refreshOnShow: true });

/** Accepts the seat offered to the application's unit (bound twins together). */
export const acceptOffer = (applicationId: string) => call('lottery', 'acceptOffer', { applicationId });

/** Gives up the seat the draw (or an accepted offer) gave this application; the next unit is offered it. */
export const declineSeat = (applicationId: string) =>
  call('lottery', 'decline', { applicationId, reason: '家长主动放弃' });
