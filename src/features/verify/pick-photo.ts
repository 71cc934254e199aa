import Taro from '@tarojs/taro';
import { compressInBrowser } from './compress-h5';
import { compressInWeapp } from './compress-weapp';
import { base64Bytes, MAX_PHOTO_BYTES, photoName, type Photo } from './photo';

const compress = process.env.TARO_ENV === 'weapp' ? compressInWeapp : compressInBrowser;

/**
 * Lets the parent take or choose one photo and returns it compressed to a JPEG under 1.5 MB, or
 * `undefined` when they cancel. A photo still too large after compression is tried once more, harder.
 */
export const pickPhoto = async (kind: string): Promise<Photo | undefined> => {
  let src: string | undefined;
  try {
    const res = await Taro.chooseImage({
      count: 1,
      sizeType: ['compressed'],
      sourceType: ['album', 'camera'],
    });
    src = res.tempFilePaths[0];
  } catch {
    return undefined; // cancelled
  }
  if (!src) return undefined;
  let dataBase64 = await compress(src);
  if (base64Bytes(dataBase64) > MAX_PHOTO_BYTES) dataBase64 = await compress(src, 0.4);
  if (base64Bytes(dataBase64) > MAX_PHOTO_BYTES) throw new Error('照片过大，请靠近拍摄证件后重试。');
  return { fileName: photoName(kind), contentType: 'image/jpeg', dataBase64 };
};
