import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager, In, QueryFailedError } from 'typeorm';
import type { AuthUser } from '../common/access/auth-user';
import type { AuditContext } from '../audit/audit-context';
import { AuditService } from '../audit/audit.service';
import { CampaignStatusService } from '../campaigns/campaign-status.service';
import { fieldDiff } from '../audit/field-diff';
import { ApiError } from '../common/errors/api-error';
import { EncryptionService } from '../crypto/encryption.service';
import { Notification } from '../notifications/notification.entity';
import { Officer } from '../accounts/officer.entity';
import { officerView } from '../accounts/officer-view';
import { updateOfficer, type OfficerChanges } from '../accounts/officer-derived-columns';
import { VERIFIED_FIELDS } from '@motcua/domain';
import type { ActorRef, Profile } from '@motcua/contracts';
import { CompletenessService } from './completeness';
import type { UpdateProfileDto } from './dto/update-profile.dto';
import { validateProfileChanges } from './profile-validation';

export const RETURN_REASON_MIN = 5;
export const RETURN_REASON_MAX = 500;

export type { ActorRef };

/** What a supervisor vouched for, who and when. */
export type VerificationView = NonNullable<ProfileView['verification']>;

/** A supervisor's "Yêu cầu bổ sung", shown to the officer until they confirm the record again. */
export type SendBackView = NonNullable<ProfileView['sendBack']>;

/** The record as the API answers it (JSON turns the Dates into ISO strings: the SPA's `Profile`). */
export type ProfileView = Profile<Date>;

const cccdTaken = () =>
  new ApiError(
    409,
    'CCCD_TAKEN',
    'Số CCCD này đã được sử dụng cho một tài khoản khác. Vui lòng kiểm tra lại hoặc liên hệ quản trị viên.',
    [{ field: 'citizenId', code: 'CCCD_TAKEN', message: 'Số CCCD đã được sử dụng cho một tài khoản khác.' }],
  );

@Injectable()
export class ProfileService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly encryption: EncryptionService,
    private readonly completeness: CompletenessService,
    private readonly audit: AuditService,
    private readonly campaignStatus: CampaignStatusService,
  ) {}

  async view(officerId: number, manager: EntityManager = this.dataSource.manager): Promise<ProfileView> {
    const officer = await this.load(manager, officerId);
    const names = await this.namesOf(manager, [officer.verifiedBy, officer.returnedBy]);
    return {
      ...this.toView(officer),
      verification: officer.verifiedAt
        ? { at: officer.verifiedAt, by: names(officer.verifiedBy), fields: VERIFIED_FIELDS }
        : null,
      sendBack: officer.returnedAt
        ? { at: officer.returnedAt, by: names(officer.returnedBy), reason: officer.returnReason ?? '' }
        : null,
      completeness: await this.completeness.forOfficer(manager, officer),
    };
  }

  /** The officer's own PATCH, or an admin's on their behalf; validated, versioned and audited in one transaction. */
  async update(officerId: number, dto: UpdateProfileDto, actor: AuthUser, context: AuditContext): Promise<ProfileView> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const stored = await this.load(manager, officerId);
        const roles = await this.rolesOf(manager, officerId);
        const { receiptPassword, ...changes } = validateProfileChanges(stored, dto, roles);
        if (changes.citizenId && changes.citizenId !== stored.citizenId)
          await this.assertCitizenIdFree(manager, changes.citizenId, officerId);

        const before: Record<string, unknown> = { ...stored, receiptPassword: stored.receiptPasswordEncrypted };
        const update: OfficerChanges = { ...changes };
        if (receiptPassword !== undefined)
          update.receiptPasswordEncrypted = receiptPassword === '' ? null : this.encryption.encrypt(receiptPassword);
        const after: Record<string, unknown> = {
          ...changes,
          ...(receiptPassword !== undefined ? { receiptPassword: update.receiptPasswordEncrypted } : {}),
        };
        const diff = fieldDiff(before, after, ['receiptPassword']);
        if (diff.length === 0) return this.view(officerId, manager);

        const changed = new Set(diff.map((d) => d.field));
        if (stored.confirmedAt && this.completeness.requiredFields.some((field) => changed.has(field)))
          update.confirmedAt = null;
        if (stored.verifiedAt && VERIFIED_FIELDS.some((field) => changed.has(field)))
          Object.assign(update, { verifiedAt: null, verifiedBy: null });

        await updateOfficer(manager, officerId, update, {
          stored,
          versioned: { version: dto.version, current: () => this.view(officerId, manager) },
        });
        const cleared = fieldDiff(
          { confirmedAt: stored.confirmedAt, verifiedAt: stored.verifiedAt },
          {
            ...(update.confirmedAt === null ? { confirmedAt: null } : {}),
            ...(update.verifiedAt === null ? { verifiedAt: null } : {}),
          },
        );
        await this.audit.record(
          manager,
          { ...context, actorId: actor.id },
          { targetType: 'officer', targetId: officerId, action: 'profile.update', changes: [...diff, ...cleared] },
        );
        await this.campaignStatus.refreshOfficers(manager, [officerId]);
        return this.view(officerId, manager);
      });
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        /citizen_id/i.test(
          String((error as QueryFailedError & { driverError?: Error }).driverError?.message ?? error.message),
        )
      ) {
        throw cccdTaken();
      }
      throw error;
    }
  }

  /** "Tôi xác nhận thông tin trên là chính xác." */
  confirm(officerId: number, context: AuditContext): Promise<ProfileView> {
    return this.dataSource.transaction(async (manager) => {
      const now = new Date();
      // Confirming again answers a supervisor's request to complete the record.
      await manager.update(Officer, officerId, { confirmedAt: now, ...NO_SEND_BACK });
      await this.audit.record(manager, context, {
        targetType: 'officer',
        targetId: officerId,
        action: 'profile.confirm',
        changes: [{ field: 'confirmedAt', before: null, after: now.toISOString() }],
      });
      await this.campaignStatus.refreshOfficers(manager, [officerId]);
      return this.view(officerId, manager);
    });
  }

  async setVerified(
    officerId: number,
    verified: boolean,
    actor: AuthUser,
    context: AuditContext,
  ): Promise<ProfileView> {
    assertNotOwnRecord(officerId, actor);
    return this.dataSource.transaction(async (manager) => {
      const stored = await this.load(manager, officerId);
      const verifiedAt = verified ? new Date() : null;
      await manager.update(Officer, officerId, {
        verifiedAt,
        verifiedBy: verified ? actor.id : null,
        ...(verified ? NO_SEND_BACK : {}),
      });
      await this.audit.record(manager, context, {
        targetType: 'officer',
        targetId: officerId,
        action: verified ? 'profile.verify' : 'profile.unverify',
        changes: fieldDiff({ verifiedAt: stored.verifiedAt }, { verifiedAt }),
      });
      await this.campaignStatus.refreshOfficers(manager, [officerId]);
      return this.view(officerId, manager);
    });
  }

  /**
   * "Yêu cầu bổ sung": the record goes back to its officer with a reason, unverified and unconfirmed, and the officer
   * is told in an in-app notification.
   */
  async sendBack(officerId: number, reason: unknown, actor: AuthUser, context: AuditContext): Promise<ProfileView> {
    assertNotOwnRecord(officerId, actor);
    const text = validReturnReason(reason);
    return this.dataSource.transaction(async (manager) => {
      const stored = await this.load(manager, officerId);
      const now = new Date();
      await manager.update(Officer, officerId, {
        returnedAt: now,
        returnedBy: actor.id,
        returnReason: text,
        verifiedAt: null,
        verifiedBy: null,
        confirmedAt: null,
      });
      await this.audit.record(manager, context, {
        targetType: 'officer',
        targetId: officerId,
        action: 'profile.send_back',
        changes: [
          { field: 'returnReason', before: stored.returnReason, after: text },
          ...fieldDiff(
            { confirmedAt: stored.confirmedAt, verifiedAt: stored.verifiedAt },
            { confirmedAt: null, verifiedAt: null },
          ),
        ],
      });
      const by = (await this.namesOf(manager, [actor.id]))(actor.id);
      await manager.insert(Notification, sendBackNotification(officerId, by?.fullName ?? '', text));
      await this.campaignStatus.refreshOfficers(manager, [officerId]);
      return this.view(officerId, manager);
    });
  }

  /** Names of the given officers, looked up once per view. */
  private async namesOf(
    manager: EntityManager,
    ids: (number | null)[],
  ): Promise<(id: number | null) => ActorRef | null> {
    const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
    const found = wanted.length
      ? await manager.find(Officer, { where: { id: In(wanted) }, select: { id: true, fullName: true } })
      : [];
    const byId = new Map(found.map((o) => [o.id, { id: o.id, fullName: o.fullName }]));
    return (id) => (id === null ? null : (byId.get(id) ?? null));
  }

  private async assertCitizenIdFree(manager: EntityManager, citizenId: string, officerId: number): Promise<void> {
    const holder = await manager.findOne(Officer, { where: { citizenId }, select: { id: true } });
    if (holder && holder.id !== officerId) throw cccdTaken();
  }

  private async load(manager: EntityManager, officerId: number): Promise<Officer> {
    const officer = await manager
      .createQueryBuilder(Officer, 'o')
      .addSelect('o.receiptPasswordEncrypted')
      .where('o.id = :officerId', { officerId })
      .getOne();
    if (!officer) throw ApiError.notFound('Không tìm thấy cán bộ.');
    return officer;
  }

  private async rolesOf(manager: EntityManager, officerId: number) {
    const rows: { role: AuthUser['roles'][number] }[] = await manager
      .createQueryBuilder()
      .select('r.role', 'role')
      .from('officer_roles', 'r')
      .where('r.officer_id = :officerId', { officerId })
      .getRawMany();
    return rows.map((r) => r.role);
  }

  /** The record without completeness, verification and send-back, which `view` adds. */
  private toView(officer: Officer): Omit<ProfileView, 'completeness' | 'verification' | 'sendBack'> {
    return {
      ...officerView(officer),
      address: officer.address,
      receiptAccount: officer.receiptAccount,
      receiptPasswordSet: Boolean(officer.receiptPasswordEncrypted),
      defaultPage: officer.defaultPage,
      verifiedBy: officer.verifiedBy,
    };
  }
}

const NO_SEND_BACK = { returnedAt: null, returnedBy: null, returnReason: null } as const;

/** Nobody verifies or sends back their own record: verification is a second pair of eyes. */
function assertNotOwnRecord(officerId: number, actor: AuthUser): void {
  if (officerId === actor.id)
    throw ApiError.forbidden('OWN_RECORD', 'Bạn không thể tự xác thực hoặc yêu cầu bổ sung hồ sơ của chính mình.');
}

function validReturnReason(reason: unknown): string {
  const text = typeof reason === 'string' ? reason.trim().replace(/\s+/g, ' ') : '';
  const error = (code: string, message: string) => ApiError.badRequest([{ field: 'reason', code, message }]);
  if (!text) throw error('REQUIRED', 'Vui lòng nhập lý do yêu cầu bổ sung.');
  if (text.length < RETURN_REASON_MIN)
    throw error('TOO_SHORT', `Lý do cần ít nhất ${RETURN_REASON_MIN} ký tự để cán bộ biết cần bổ sung gì.`);
  if (text.length > RETURN_REASON_MAX) throw error('TOO_LONG', `Lý do tối đa ${RETURN_REASON_MAX} ký tự.`);
  return text;
}

const sendBackNotification = (officerId: number, byName: string, reason: string) => ({
  officerId,
  kind: 'send_back' as const,
  title: 'Hồ sơ cần bổ sung',
  body: `${byName ? `${byName} đề nghị` : 'Lãnh đạo đơn vị đề nghị'} đồng chí bổ sung hồ sơ: ${reason} Sau khi cập nhật, đồng chí bấm "Xác nhận thông tin" lại.`,
  campaignId: null,
});

export const newAvatarKey = () => randomBytes(16).toString('hex');
