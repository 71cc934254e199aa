import { acceptsMaterial } from '../../domain/verification/verification-status';
import { AppError } from '../lib/app-error';
import type { Handler } from '../lib/handler';
import { requireCaller } from '../lib/handler';
import { loadOwnVerification } from './load-verification';
import { toVerificationView } from './verification-view';

const MAGIC: Record<string, number[]> = {
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
};

/** The declared type must be what the bytes are: a renamed document is refused, not stored. */
const looksLike = (bytes: Buffer, contentType: string): boolean =>
  (MAGIC[contentType] ?? []).every((b, i) => bytes[i] === b) &&
  bytes.length > (MAGIC[contentType]?.length ?? 0);

export const uploadMaterial: Handler<'verify', 'uploadMaterial'> = async (input, ctx) => {
  const caller = requireCaller(ctx);
  const v = await loadOwnVerification(ctx, input.verificationId);
  const check = v.checks.find((c) => c.kind === input.kind);
  if (!check || !acceptsMaterial(check)) throw new AppError('VERIFY.MATERIAL_NOT_NEEDED');
  const bytes = Buffer.from(input.dataBase64, 'base64');
  if (!looksLike(bytes, input.contentType)) throw new AppError('VERIFY.MATERIAL_INVALID');

  const stored = await ctx.ports.files.put({
    ownerId: caller.userId,
    name: input.fileName,
    contentType: input.contentType,
    bytes,
  });
  const at = ctx.now.toISOString();
  const next = {
    ...v,
    materials: [
      ...v.materials.filter((m) => m.kind !== input.kind),
      {
        kind: input.kind,
        fileId: stored.fileId,
        fileName: input.fileName,
        size: stored.size,
        uploadedAt: at,
      },
    ],
    updatedAt: at,
  };
  await ctx.ports.store.verifications.put(next);
  await ctx.audit({
    action: 'verify.material',
    targetType: 'verification',
    targetId: v.id,
    detail: { kind: input.kind },
  });
  return toVerificationView(next);
};
