import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import type { FieldCrypto } from '../../lib/ports/field-crypto';

export interface FieldKeys {
  /** 32 bytes for AES-256-GCM. */
  dataKey: Buffer;
  /** 32 bytes for the HMAC-SHA-256 blind index. */
  blindKey: Buffer;
}

const VERSION = 'v1';

export const createNodeFieldCrypto = ({ dataKey, blindKey }: FieldKeys): FieldCrypto => {
  if (dataKey.length !== 32 || blindKey.length !== 32) throw new Error('field keys must be 32 bytes each');
  return {
    encrypt(plaintext) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', dataKey, iv);
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      const tag = cipher.getAuthTag();
      return [VERSION, iv.toString('base64'), tag.toString('base64'), body.toString('base64')].join(':');
    },
    decrypt(ciphertext) {
      const [version, iv, tag, body] = ciphertext.split(':');
      if (version !== VERSION || !iv || !tag || !body) throw new Error('unknown ciphertext format');
      const decipher = createDecipheriv('aes-256-gcm', dataKey, Buffer.from(iv, 'base64'));
      decipher.setAuthTag(Buffer.from(tag, 'base64'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
    },
    blindIndex(value) {
      return createHmac('sha256', blindKey).update(value, 'utf8').digest('hex');
    },
  };
};
