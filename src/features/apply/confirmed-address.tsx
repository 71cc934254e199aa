import { Text, View } from '@tarojs/components';
import type { Address } from '../../../types/models/address';
import { formatAddress } from './address-form';

interface Props {
  id: string;
  address: Address;
  source: string;
  onEdit: () => void;
}

/** An address the departments returned: read, not typed; "修改" only if it is not where the child lives. */
export function ConfirmedAddress({ id, address, source, onEdit }: Props) {
  return (
    <View className="confirmed-address" id={id}>
      <View className="row">
        <Text className="confirmed-address__text">{formatAddress(address)}</Text>
        <View id={`${id}-edit`} className="confirmed-address__edit" ariaRole="button" onClick={onEdit}>
          <Text className="link">修改</Text>
        </View>
      </View>
      <Text className="muted">来源：{source}</Text>
    </View>
  );
}
