import Taro from '@tarojs/taro';
import type { LngLat } from '../../types/common';

/** One-tap call; if the device cannot dial, show the number so it can be copied. */
export const callPhone = async (phone: string): Promise<void> => {
  try {
    await Taro.makePhoneCall({ phoneNumber: phone });
  } catch {
    await Taro.showModal({ title: '联系电话', content: phone, showCancel: false, confirmText: '知道了' });
  }
};

/** Opens the map at the school; the browser has no map, so H5 shows the address instead. */
export const openMap = async (place: { name: string; address: string; location: LngLat }): Promise<void> => {
  try {
    if (process.env.TARO_ENV !== 'weapp') throw new Error('no map in the browser');
    await Taro.openLocation({
      latitude: place.location.lat,
      longitude: place.location.lng,
      name: place.name,
      address: place.address,
      scale: 16,
    });
  } catch {
    await Taro.showModal({
      title: place.name,
      content: `地址：${place.address}`,
      showCancel: false,
      confirmText: '知道了',
    });
  }
};
