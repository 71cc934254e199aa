/** A photo ready for `verify.uploadMaterial`. */
export interface Photo {
  fileName: string;
  contentType: 'image/jpeg' | 'image/png';
  dataBase64: string;
}

/** The backend refuses more than 1.5 MB of image bytes. */
export const MAX_PHOTO_BYTES = 1.5 * 1024 * 1024;
export const MAX_SIDE_PX = 1600;
export const JPEG_QUALITY = 0.7;

export const base64Bytes = (b64: string): number => Math.floor((b64.length * 3) / 4);

export const photoName = (kind: string): string => `${kind}-${Date.now().toString(36)}.jpg`;
