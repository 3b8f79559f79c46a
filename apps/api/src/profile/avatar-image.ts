import { ApiError } from '../common/errors/api-error';

export const AVATAR_MAX_BYTES = 2 * 1024 * 1024;
const ACCEPTED_FORMATS = new Set(['jpeg', 'png', 'webp']);

const refuse = (code: string, message: string) => ApiError.badRequest([{ field: 'file', code, message }], message);

/**
 * Recognises JPEG, PNG or WebP by content (never by file name or declared type), then re-encodes to a
 * 256×256 WebP. sharp writes no metadata unless asked, so EXIF (GPS included) is gone.
 */
export async function toAvatarWebp(upload: Buffer): Promise<Buffer> {
  // Loaded at the first avatar: libvips is tens of megabytes of memory most requests never need.
  const { default: sharp } = await import('sharp');
  let format: string | undefined;
  try {
    format = (await sharp(upload, { limitInputPixels: 40_000_000 }).metadata()).format;
  } catch {
    throw refuse('AVATAR_NOT_IMAGE', 'Tệp tải lên không phải là ảnh hợp lệ. Vui lòng chọn ảnh JPEG, PNG hoặc WebP.');
  }
  if (!format || !ACCEPTED_FORMATS.has(format)) {
    throw refuse('AVATAR_FORMAT', 'Chỉ chấp nhận ảnh JPEG, PNG hoặc WebP.');
  }
  try {
    return await sharp(upload, { limitInputPixels: 40_000_000 })
      .rotate()
      .resize(256, 256, { fit: 'cover', position: 'attention' })
      .webp({ quality: 82 })
      .toBuffer();
  } catch {
    throw refuse('AVATAR_NOT_IMAGE', 'Không đọc được ảnh tải lên. Vui lòng chọn ảnh khác.');
  }
}
