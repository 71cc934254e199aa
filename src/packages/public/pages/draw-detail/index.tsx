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
import { UnitList } from '../../../../features/lottery/unit-list';
import { useDrawRecord } from '../../../../features/lottery/use-public-draws';
import { VerifyButton } from '../../../../features/lottery/verify-button';
import { goTo } from '../../../../utils/navigate';

/** One draw, public: application numbers only (the API sends no names or ID numbers). */
export default function DrawDetailPage() {
  const drawId = useRouter().params.drawId ?? '';
  const draw = useDrawRecord(drawId);
  const d = draw.data;
  const record = d?.record;
  const ranked = record ? rankedUnits(record) : undefined;
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
            <FindMyRank ranked={ranked} listed={d.canonicalList} />
          </Card>
          {record && ranked ? (
            <>
              <Card title="验证与下载">
                <VerifyButton record={record} />
                <DownloadButton drawId={d.drawId} record={record} />
              </Card>
              <Card title="摇号过程">
                <CeremonyFacts detail={d} record={record} />
              </Card>
              <Card title={`摇号名次（${d.seats} 个学位）`}>
                {record.overflow > 0 ? (
                  <Text className="muted">
                    绑定的多胞胎整体录取，最后一个学位处增加 {record.overflow} 个学位。
                  </Text>
                ) : null}
                <UnitList units={ranked} ranked />
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
