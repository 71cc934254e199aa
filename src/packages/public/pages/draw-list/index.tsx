import { EmptyState } from '../../../../components/empty-state';
import { ErrorNotice } from '../../../../components/error-notice';
import { Loading } from '../../../../components/loading';
import { Page } from '../../../../components/page';
import { ROUTES } from '../../../../constants/routes';
import { DrawListItem } from '../../../../features/lottery/draw-list-item';
import { usePublicDraws } from '../../../../features/lottery/use-public-draws';
import { goTo } from '../../../../utils/navigate';

/** Public, no login: every draw of the season, from the published commitment to the drawn record. */
export default function DrawListPage() {
  const list = usePublicDraws();
  return (
    <Page title="阳光摇号公示" subtitle="名单、承诺值在摇号前公示；摇号后公开完整记录，任何人可在本机验证">
      <ErrorNotice error={list.error} onRetry={() => void list.reload()} />
      {list.loading && !list.data ? <Loading /> : null}
      {list.data?.map((d) => (
        <DrawListItem key={d.drawId} draw={d} onOpen={(drawId) => goTo(ROUTES.drawDetail, { drawId })} />
      ))}
      {list.data && list.data.length === 0 ? (
        <EmptyState text="暂无摇号：报名人数超过学位的学校安排摇号后，会在这里公示" />
      ) : null}
    </Page>
  );
}
