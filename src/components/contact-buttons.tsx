import { Text, View } from '@tarojs/components';
import type { LngLat } from '../../types/common';
import { callPhone, openMap } from '../utils/contact';

interface Props {
  name: string;
  phone: string;
  address?: string;
  location?: LngLat;
}

/** One-tap call and map for a school; the address stays visible for the browser, which has no map. */
export function ContactButtons({ name, phone, address, location }: Props) {
  return (
    <View className="contact">
      <View className="contact__row">
        <Text className="contact__label">电话</Text>
        <Text className="contact__value">{phone}</Text>
        <View className="contact__action" ariaRole="button" onClick={() => void callPhone(phone)}>
          <Text>一键拨打</Text>
        </View>
      </View>
      {address ? (
        <View className="contact__row">
          <Text className="contact__label">地址</Text>
          <Text className="contact__value">{address}</Text>
          {location ? (
            <View
              className="contact__action"
              ariaRole="button"
              onClick={() => void openMap({ name, address, location })}
            >
              <Text>查看位置</Text>
            </View>
          ) : null}
        </View>
      ) : null}
    </View>
  );
}
