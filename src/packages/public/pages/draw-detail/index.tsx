import { Text } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Card } from '../../../../components/card';
import { ErrorNotice } from '../../../../components/error-notice';
import { Loading } from '../../../../components/loading';
import { Page } from '../../../../components/page';
import { ROUTES } from '../../../../constants/routes';
import { CeremonyFacts } from '../../../../features/lottery/ceremony-facts';
import { DownloadButton } from '../../../../features/lottery/download-button';
import { DrawSummary } from '../../../../features/lottery/draw-summary';
import { FindMyRank } from '../../../../features/lottery/find-my-rank';
import { rankedUnits } from '../../../../features/lottery/rank-of';
import { rankedShared } from '../../../../features/lottery/rank-shared';
import { SharedSeatsSummary } from '../../../../features/lottery/shared-seats-summary';
import { UnitList } from '../../../../features/lottery/unit-list';
import { useDrawRecord, useSchoolNames } from '../../../../features/lottery/use-public-draws';
import { VerifyButton } from '../../../../features/lottery/verify-button';
import { goTo } from '../../../../utils/navigate';

/**
 * One draw, public: application numbers only (the API sends no names or ID numbers). A school's tier and a
 * large district's shared seats (kind 'shared', whose record assigns schools instead of admitting) share
 * the page: same list, hashes, verification and ranking, with the assigned school as each unit's result.
 */
export default function DrawDetailPage() {
  const drawId = useRouter().params.drawId ?? '';
  const draw = useDrawRecord(drawId);
  const d = draw.data;
  const record = d?.record;
  const shared = d?.kind === 'shared' ? d.sharedRecord : undefined;
  // A shared round's schoolId is its large district's id.
  const nameOf = useSchoolNames(d?.kind === 'shared' ? d.schoolId : undefined);
  const ranked = record ? rankedUnits(record) : shared ? rankedShared(shared) : undefined;
  const published = record ?? shared;
  return (
    <Page>
      <ErrorNotice error={draw.error} onRetry={() => void draw.reload()} />
      {draw.error ? (
        <Text className="link" onClick={() => goTo(ROUTES.drawList)}>
          返回摇号公示列表 ›
        </Text>
      ) : null}
      {draw.loading && !d ? <Loading /> : null}
      {d ? (
        <>
          <Card>
            <DrawSummary detail={d} />
          </Card>
          <Card title="查找我的名次">
            <FindMyRank ranked={ranked} listed={d.canonicalList} nameOf={nameOf} />
          </Card>
          {published && ranked ? (
            <>
              {shared ? (
                <Card title="各校空余学位">
                  <SharedSeatsSummary record={shared} nameOf={nameOf} />
                </Card>
              ) : null}
              <Card title="验证与下载">
                <VerifyButton record={published} />
                <DownloadButton drawId={d.drawId} record={published} />
              </Card>
              <Card title="摇号过程">
                <CeremonyFacts detail={d} record={published} />
              </Card>
              <Card title={shared ? '摇号名次与分配学校' : `摇号名次（${d.seats} 个学位）`}>
                {record && record.overflow > 0 ? (
                  <Text className="muted">
                    绑定的多胞胎整体录取，最后一个学位处增加 {record.overflow} 个学位。
                  </Text>
                ) : null}
                {shared ? (
                  <Text className="muted">
                    按名次依次分配到各自所填学校中第一所仍有空余学位的学校；各单位所填学校的顺序见下载的记录（preferences）。
                  </Text>
                ) : null}
                <UnitList units={ranked} ranked nameOf={nameOf} />
              </Card>
            </>
          ) : (
            <Card title={`参与摇号名单（${d.canonicalList.length} 个单位）`}>
              <Text className="muted">
                按规范排序的报名编号，每行一个摇号单位（绑定的双胞胎同一行）；逐行以换行连接后的 SHA-256
                即上方的名单哈希。
              </Text>
              <UnitList units={d.canonicalList} />
            </Card>
          )}
        </>
      ) : null}
    </Page>
  );
}
