import { Text, View } from '@tarojs/components';
import type { MyDraw } from '../../../types/models/draw';
import { formatInstant } from '../../utils/format';
import { AcceptOfferButton } from './accept-offer-button';
import { DeclineSeatButton } from './decline-seat-button';

/**
 * One of the parent's applications after its draw: rank r of n, the result, the tier and why. `laterResult`
 * is what happened since (a shared-seat admission elsewhere), so a 候补 here is not read as the last word.
 * The waitlist movement is acted on here: a seat offered to this unit is accepted, and a seat this draw gave
 * (or an accepted offer) can be given up. A shared seat elsewhere is not this draw's to give up.
 */
export function MyDrawCard({
  draw,
  laterResult,
  onOpen,
  onChanged,
}: {
  draw: MyDraw;
  laterResult?: string;
  onOpen: (drawId: string) => void;
  onChanged: () => void;
}) {
  const admitted = draw.result === 'admitted';
  const offerOpen = draw.offer?.status === 'open';
  const offerAccepted = draw.offer?.status === 'accepted';
  const holdsSeat = !draw.declined && !laterResult && (admitted || offerAccepted);
  const tone = draw.declined ? 'grey' : admitted || offerAccepted ? 'green' : 'orange';
  const siblings = draw.unit.filter((n) => n !== draw.appNo);
  return (
    <View className="card my-draw">
      <View className="row">
        <Text className="card__title">{draw.schoolName}</Text>
        <Text className={`tag tag--${tone}`}>{draw.resultLabel}</Text>
      </View>
      <Text className="list-item__meta">
        报名编号 {draw.appNo}
        {siblings.length > 0 ? `（与 ${siblings.join('、')} 绑定摇号）` : ''}
      </Text>
      <Text className="my-draw__rank">
        摇号结果：第 {draw.rank} 名 / 共 {draw.of} 个
      </Text>
      {draw.waitlistPosition && !offerAccepted ? (
        <Text className="muted">候补第 {draw.waitlistPosition} 位</Text>
      ) : null}
      {offerOpen ? <AcceptOfferButton draw={draw} onDone={onChanged} /> : null}
      {laterResult ? (
        <View className="notice notice--success">
          <Text>{laterResult}</Text>
        </View>
      ) : null}
      <View className="kv">
        <Text className="kv__key">类别</Text>
        <Text className="kv__value">{draw.tierName}</Text>
      </View>
      <View className="kv">
        <Text className="kv__key">原因</Text>
        <Text className="kv__value">{draw.reason}</Text>
      </View>
      <View className="row">
        <Text className="muted">摇号于 {formatInstant(draw.drawnAt)}</Text>
        <Text className="link" onClick={() => onOpen(draw.drawId)}>
          查看摇号公示 ›
        </Text>
      </View>
      {holdsSeat ? <DeclineSeatButton draw={draw} onDone={onChanged} /> : null}
    </View>
  );
}
