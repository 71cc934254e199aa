import type { DrawStatus } from '../../../types/models/draw';

/** Short labels for the public list: before the draw only the commitment is public. */
export const DRAW_STATUS_TAGS: Record<DrawStatus, { label: string; tone: string }> = {
  committed: { label: '已公示承诺', tone: 'orange' },
  drawn: { label: '已摇号', tone: 'green' },
};
