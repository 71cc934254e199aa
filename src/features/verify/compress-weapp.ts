import Taro from '@tarojs/taro';
import { JPEG_QUALITY, MAX_SIDE_PX } from './photo';

/** Mini-program: the system compressor (JPEG, long side ≤ 1600 px), then the file read as base64. */
export const compressInWeapp = async (src: string, quality = JPEG_QUALITY): Promise<string> => {
  const { width, height } = await Taro.getImageInfo({ src });
  const side =
    Math.max(width, height) <= MAX_SIDE_PX
      ? {}
      : width >= height
        ? { compressedWidth: MAX_SIDE_PX }
        : { compressedHeight: MAX_SIDE_PX };
  const { tempFilePath } = await Taro.compressImage({ src, quality: Math.round(quality * 100), ...side });
  return new Promise((resolve, reject) => {
    Taro.getFileSystemManager().readFile({
      filePath: tempFilePath,
      encoding: 'base64',
      success: (res) => resolve(String(res.data)),
      fail: (err) => reject(new Error(err.errMsg)),
    });
  });
};
