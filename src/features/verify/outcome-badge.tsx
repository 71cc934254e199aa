import { Text, View } from '@tarojs/components';
import type { CheckResult } from '../../../types/models/verification';

// Plain glyphs, no emoji: an hourglass would be a tofu box on phones without an emoji font.
const BADGES = {
  verified: { glyph: '✓', tone: 'ok', label: '已核验' },
  mismatch: { glyph: '!', tone: 'warn', label: '不一致' },
  not_found: { glyph: '–', tone: 'none', label: '未查到' },
  unavailable: { glyph: '⋯', tone: 'wait', label: '待核验' },
} as const;

/** ✓ verified, ! mismatch (or a missing record that needs a material), – not found, ⋯ waiting. */
export function OutcomeBadge({ check }: { check: CheckResult }) {
  const badge = BADGES[check.outcome];
  const tone = check.outcome === 'not_found' && check.needsMaterial ? 'warn' : badge.tone;
  return (
    <View className={`outcome outcome--${tone}`} ariaLabel={badge.label}>
      <Text>{badge.glyph}</Text>
    </View>
  );
}
