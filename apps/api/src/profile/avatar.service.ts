import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuditContext } from '../audit/audit-context';
import { AuditService } from '../audit/audit.service';
import { CampaignStatusService } from '../campaigns/campaign-status.service';
import { ApiError } from '../common/errors/api-error';
import { Officer } from '../accounts/officer.entity';
import { placeholders } from '../database/sql-values';
import { toAvatarWebp } from './avatar-image';
import { avatarUrlOf } from '../accounts/officer-view';
import { newAvatarKey } from './profile.service';

/**
 * Avatars live in the database (a 256×256 WebP is ~10–20 KB): every API instance behind the load balancer
 * serves them without a shared disk, and a database backup includes them. Raw SQL because the binary column
 * type differs per engine (blob / bytea) and TypeORM entities cannot declare one type for both.
 */
@Injectable()
export class AvatarService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly campaignStatus: CampaignStatusService,
  ) {}

  async replace(
    officerId: number,
    upload: Buffer | undefined,
    context: AuditContext,
  ): Promise<{ avatarUrl: string; version: number }> {
    if (!upload?.length)
      throw ApiError.badRequest([
        { field: 'file', code: 'AVATAR_MISSING', message: 'Vui lòng chọn một ảnh để tải lên.' },
      ]);
    const image = await toAvatarWebp(upload);
    const avatarKey = newAvatarKey();
    await this.dataSource.transaction(async (manager) => {
      await manager.query(placeholders(this.dataSource, 'DELETE FROM officer_avatars WHERE officer_id = ?'), [
        officerId,
      ]);
      await manager.query(
        placeholders(this.dataSource, 'INSERT INTO officer_avatars (officer_id, image, avatar_key) VALUES (?, ?, ?)'),
        [officerId, image, avatarKey],
      );
      await manager.update(Officer, officerId, { avatarKey });
      await this.audit.record(manager, context, {
        targetType: 'officer',
        targetId: officerId,
        action: 'profile.avatar',
        changes: [{ field: 'avatar', before: null, after: 'đã thay đổi' }],
      });
      await this.campaignStatus.refreshOfficers(manager, [officerId]);
    });
    // The record's version moved with the avatar: the form needs it for its next PATCH.
    const { version } = await this.dataSource.manager.findOneOrFail(Officer, {
      where: { id: officerId },
      select: { id: true, version: true },
    });
    return { avatarUrl: avatarUrlOf(avatarKey)!, version };
  }

  async remove(officerId: number, context: AuditContext): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const officer = await manager.findOneBy(Officer, { id: officerId });
      await manager.query(placeholders(this.dataSource, 'DELETE FROM officer_avatars WHERE officer_id = ?'), [
        officerId,
      ]);
      await manager.update(Officer, officerId, { avatarKey: null });
      if (officer?.avatarKey)
        await this.audit.record(manager, context, {
          targetType: 'officer',
          targetId: officerId,
          action: 'profile.avatar',
          changes: [{ field: 'avatar', before: 'đã thay đổi', after: null }],
        });
      await this.campaignStatus.refreshOfficers(manager, [officerId]);
    });
  }

  async byKey(avatarKey: string): Promise<Buffer> {
    const [avatar]: { image: Buffer }[] = /^[0-9a-f]{32}$/.test(avatarKey)
      ? await this.dataSource.query(
          placeholders(this.dataSource, 'SELECT image FROM officer_avatars WHERE avatar_key = ?'),
          [avatarKey],
        )
      : [];
    if (!avatar) throw ApiError.notFound('Không tìm thấy ảnh đại diện.');
    return Buffer.from(avatar.image);
  }
}
