import { Text } from '@tarojs/components';
import type { ZoneMatchView } from '../../../types/api/catalog';
import { Notice } from '../../components/notice';

const TITLES = {
  matched: '已为您匹配到施教区学校',
  ambiguous: '该地址可能属于多个学校的施教区',
  none: '未能匹配到施教区学校',
} as const;

/** What the matcher concluded and why; ambiguity is said out loud, never resolved silently. */
export function MatchSummary({ match }: { match: ZoneMatchView }) {
  const tone = match.status === 'none' ? 'error' : match.needsManualConfirmation ? 'warning' : 'success';
  return (
    <>
      <Notice tone={tone} title={TITLES[match.status]}>
        {/* With one candidate its card already says why; repeat the reason only when it adds something. */}
        {match.candidates.length === 1 && match.candidates[0]?.reason === match.reason ? null : (
          <Text>{match.reason}</Text>
        )}
      </Notice>
      {match.needsManualConfirmation && match.status === 'matched' ? (
        <Notice tone="info" title="需要人工确认">
          <Text>
            该地址位于学区边界或对应多所学校，提交后将由区教育局招生办人工确认施教区，结果会通过消息通知您。
          </Text>
        </Notice>
      ) : null}
    </>
  );
}
