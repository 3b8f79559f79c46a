import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { VERIFIED_FIELDS, type Role } from '@motcua/domain';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { newActivationCode } from '../../auth/activation-code';
import { hasRole, type AuthUser } from '../../common/access/auth-user';
import type { AuditContext } from '../../audit/audit-context';
import type { FieldChange } from '../../audit/audit-entry.entity';
import { AuditService } from '../../audit/audit.service';
import { CampaignStatusService, type StatusRecord } from '../../campaigns/campaign-status.service';
import { fieldDiff } from '../../audit/field-diff';
import { ApiError } from '../../common/errors/api-error';
import { EncryptionService } from '../../crypto/encryption.service';
import { insertRows } from '../../database/insert-rows';
import { ReadQueries } from '../../database/read-queries';
import { Unit } from '../../units/unit.entity';
import { UnitScope } from '../../units/unit-scope.service';
import { Officer, OfficerRole } from '../../accounts/officer.entity';
import { insertOfficers, updateOfficer } from '../../accounts/officer-derived-columns';
import { ImportBatch } from './import-batch.entity';
import { ImportRow, officerFieldsOf, RowError, RowKeys, validateImportRow } from './import-row';
import { importReportSheet } from './import-report-sheet';
import { reviewRow, unitLabel, type RowReview } from './import-review';
import { RawRow } from './spreadsheet-reader';

type Action = RowReview['action'];

export interface PlannedRow {
  row: ImportRow;
  action: Action;
  unit: Pick<Unit, 'id' | 'name' | 'path'>;
  officerId?: number;
  review: RowReview;
  /** The audit entry's changes (unit by id, roles as a list), as PATCH /officers/:id records them. */
  changes: FieldChange[];
}

export interface ImportReport {
  /** `flagged`: rows to be written that need a second look (role grants, CCCD matches under another username). */
  totals: { rows: number; create: number; update: number; unchanged: number; errors: number; flagged: number };
  errors: RowError[];
  /** Every row to be written that changes an existing account or is flagged, with its changes and flags. */
  review: RowReview[];
  committed: boolean;
  activationCodesUrl?: string;
}

export interface CommitOptions {
  /** Apply the valid rows and leave the wrong ones out. */
  skipInvalid: boolean;
  /** The admin has looked at the flagged rows (role grants, CCCD matches) and wants them applied. */
  confirmFlagged: boolean;
}

type ActivationSheetRow = { username: string; fullName: string; unitName: string; code: string };

/** An account exactly as `create` stores it: the imported fields, everything else empty. */
const newOfficerRecord = (id: number, unitId: number, row: ImportRow): Officer =>
  Object.assign(new Officer(), {
    id,
    unitId,
    ...officerFieldsOf(row),
    address: null,
    avatarKey: null,
    receiptAccount: null,
    receiptPasswordEncrypted: null,
    defaultPage: null,
    confirmedAt: null,
    verifiedAt: null,
  });

const CHUNK = 400;
const chunks = <T>(items: T[], size = CHUNK) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
const COMPARED = ['fullName', 'gender', 'birthDate', 'citizenId', 'phone', 'email', 'unitId', 'roles'] as const;

/** The only thing a unit admin learns about a row that touches anything outside their subtree. */
const NOT_IMPORTABLE_HERE = 'Dòng này không thể nhập bởi đơn vị của bạn.';

/**
 * Bulk import: every row validated with libs/domain, matched by username then CCCD, and applied in one
 * transaction with chunked multi-row inserts. No password hashing per row: new accounts get activation codes.
 */
@Injectable()
export class ImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: UnitScope,
    private readonly encryption: EncryptionService,
    private readonly audit: AuditService,
    private readonly campaignStatus: CampaignStatusService,
    private readonly reads: ReadQueries,
  ) {}

  async dryRun(actor: AuthUser, rawRows: RawRow[]): Promise<ImportReport> {
    const { planned, errors } = await this.plan(this.dataSource.manager, actor, rawRows);
    return this.report(rawRows.length, planned, errors, false);
  }

  /** The dry run as a workbook: every row of the file with its outcome, changes, flags and errors beside it. */
  async reportSheet(actor: AuthUser, rawRows: RawRow[]): Promise<Buffer> {
    const { planned, errors } = await this.plan(this.dataSource.manager, actor, rawRows);
    return importReportSheet(
      rawRows,
      planned.map((p) => p.review),
      errors,
    );
  }

  async commit(
    actor: AuthUser,
    rawRows: RawRow[],
    options: CommitOptions,
    context: AuditContext,
  ): Promise<ImportReport> {
    const report = await this.apply(actor, rawRows, options, context);
    await this.reads.refreshStatistics(['officers', 'officer_roles', 'campaign_officers', 'audit_entries']);
    return report;
  }

  private apply(
    actor: AuthUser,
    rawRows: RawRow[],
    { skipInvalid, confirmFlagged }: CommitOptions,
    context: AuditContext,
  ): Promise<ImportReport> {
    return this.dataSource.transaction(async (manager) => {
      const { planned, errors } = await this.plan(manager, actor, rawRows);
      if (errors.length && !skipInvalid) {
        throw new ApiError(
          400,
          'IMPORT_HAS_ERRORS',
          'Tệp còn dòng lỗi nên chưa nhập dữ liệu nào. Sửa các dòng lỗi hoặc chọn bỏ qua dòng lỗi.',
          undefined,
          {
            report: this.report(rawRows.length, planned, errors, false),
          },
        );
      }
      const dryRun = this.report(rawRows.length, planned, errors, false);
      if (dryRun.totals.flagged && !confirmFlagged) {
        throw new ApiError(
          400,
          'IMPORT_NEEDS_REVIEW',
          `Có ${dryRun.totals.flagged} dòng cần xem lại (cấp quyền hoặc khớp theo số CCCD) nên chưa nhập dữ liệu nào. Hãy xem lại và xác nhận các dòng này.`,
          undefined,
          {
            report: dryRun,
          },
        );
      }
      const { codes, records } = await this.create(
        manager,
        planned.filter((p) => p.action === 'create'),
        context,
      );
      const updated = planned.filter((p) => p.action === 'update');
      await this.update(manager, updated, context);
      await this.campaignStatus.refreshRecords(manager, records);
      await this.campaignStatus.refreshOfficers(
        manager,
        updated.map((p) => p.officerId!),
      );
      const report = this.report(rawRows.length, planned, errors, true);
      if (codes.length) {
        const batch = {
          id: randomUUID(),
          createdBy: actor.id,
          createdCount: codes.length,
          codesEncrypted: this.encryption.encrypt(JSON.stringify(codes)),
        };
        await manager.insert(ImportBatch, batch);
        report.activationCodesUrl = `/api/officers/import/batches/${batch.id}/activation-codes`;
      }
      return report;
    });
  }

  /** The activation-code sheet of a batch, handed out once to whoever ran the import, then erased. */
  async takeActivationCodes(
    actor: AuthUser,
    batchId: string,
  ): Promise<{ username: string; fullName: string; unitName: string; code: string }[]> {
    return this.dataSource.transaction(async (manager) => {
      const batch = await manager
        .createQueryBuilder(ImportBatch, 'b')
        .addSelect('b.codesEncrypted')
        .where('b.id = :batchId', { batchId })
        .getOne();
      if (!batch || batch.createdBy !== actor.id) throw ApiError.notFound('Không tìm thấy đợt nhập dữ liệu.');
      const claimed = await manager
        .createQueryBuilder()
        .update(ImportBatch)
        .set({ codesEncrypted: null, downloadedAt: new Date() })
        .where('id = :batchId AND codes_encrypted IS NOT NULL', { batchId })
        .execute();
      if (!claimed.affected || !batch.codesEncrypted) {
        throw new ApiError(
          410,
          'ACTIVATION_SHEET_GONE',
          'Danh sách mã kích hoạt chỉ được tải một lần và đã được tải. Hãy đặt lại tài khoản để cấp mã mới.',
        );
      }
      return JSON.parse(this.encryption.decrypt(batch.codesEncrypted));
    });
  }

  private async plan(
    manager: EntityManager,
    actor: AuthUser,
    rawRows: RawRow[],
  ): Promise<{ planned: PlannedRow[]; errors: RowError[] }> {
    const checked = this.checkInFile(rawRows);
    const units = new Map(
      (await manager.find(Unit, { select: { id: true, code: true, name: true, path: true } })).map((u) => [u.code, u]),
    );
    const existing = await this.existing(
      manager,
      checked.map((c) => c.keys),
    );
    const planned: PlannedRow[] = [];
    const errors: RowError[] = [];
    for (const { row, keys, rowNumber, errors: rowErrors } of checked) {
      const fail = (field: string, code: string, message: string) =>
        rowErrors.push({ row: rowNumber, field, code, message });
      const unit = keys.unitCode ? units.get(keys.unitCode) : undefined;
      const byUsername = keys.username ? existing.byUsername.get(keys.username) : undefined;
      const cccdHolder = keys.citizenId ? existing.byCitizenId.get(keys.citizenId) : undefined;
      const match = byUsername ?? cccdHolder;
      const outside = (path: string | undefined) => path !== undefined && !this.scope.covers(actor, path);
      if (keys.unitCode && !unit) fail('unitCode', 'UNIT_UNKNOWN', `Không có đơn vị mã ${keys.unitCode}.`);
      // One refusal for an outside unit, an outside account and a CCCD held elsewhere, so the answer never tells which accounts exist beyond the caller's subtree.
      if (outside(unit?.path) || outside(byUsername?.unitPath) || outside(cccdHolder?.unitPath))
        fail('unitCode', 'OUT_OF_SCOPE', NOT_IMPORTABLE_HERE);
      if (keys.roles.includes('admin') && !hasRole(actor, 'admin'))
        fail('roles', 'CANNOT_GRANT_ADMIN', 'Chỉ quản trị viên hệ thống mới được cấp quyền quản trị hệ thống.');
      if (!rowErrors.some((e) => e.code === 'OUT_OF_SCOPE')) {
        // As on PATCH /officers/:id: only admins change an admin's account.
        if (match?.roles.includes('admin') && !hasRole(actor, 'admin'))
          fail(
            'username',
            'ADMIN_ACCOUNT_PROTECTED',
            'Chỉ quản trị viên hệ thống mới được thay đổi tài khoản quản trị.',
          );
        if (cccdHolder && match && cccdHolder.officer.id !== match.officer.id)
          fail('citizenId', 'CCCD_TAKEN', 'Số CCCD đã được sử dụng cho một tài khoản khác.');
      }
      if (rowErrors.length || !row || !unit) {
        errors.push(...rowErrors);
        continue;
      }
      const review = reviewRow(
        row,
        unit,
        match && { officer: match.officer, roles: match.roles, unitLabel: unitLabel(match.unit) },
      );
      if (!match) {
        planned.push({ row, action: 'create', unit, review, changes: [] });
        continue;
      }
      const before = { ...pick(match.officer), roles: match.roles.join(',') };
      const after = { ...officerFieldsOf(row), unitId: unit.id, roles: row.roles.join(',') };
      planned.push({
        row,
        action: review.action,
        unit,
        officerId: match.officer.id,
        review,
        changes: fieldDiff(before, after),
      });
    }
    errors.sort((a, b) => a.row - b.row);
    return { planned, errors };
  }

  /** Each row's own errors, and whether its username or CCCD repeats an earlier row's. */
  private checkInFile(rawRows: RawRow[]): { rowNumber: number; row?: ImportRow; keys: RowKeys; errors: RowError[] }[] {
    const seenUsernames = new Map<string, number>();
    const seenCitizenIds = new Map<string, number>();
    return rawRows.map((raw) => {
      const { row, keys, errors } = validateImportRow(raw);
      const sameUsername = keys.username ? seenUsernames.get(keys.username) : undefined;
      const sameCitizenId = keys.citizenId ? seenCitizenIds.get(keys.citizenId) : undefined;
      if (sameUsername ?? sameCitizenId) {
        errors.push({
          row: raw.row,
          field: sameUsername ? 'username' : 'citizenId',
          code: 'DUPLICATE_IN_FILE',
          message: `Trùng với dòng ${sameUsername ?? sameCitizenId} trong tệp.`,
        });
      } else {
        if (keys.username) seenUsernames.set(keys.username, raw.row);
        if (keys.citizenId) seenCitizenIds.set(keys.citizenId, raw.row);
      }
      return { rowNumber: raw.row, row, keys, errors };
    });
  }

  private async existing(manager: EntityManager, rows: RowKeys[]) {
    type Existing = { officer: Officer; roles: Role[]; unitPath: string; unit: Unit };
    const byUsername = new Map<string, Existing>();
    const byCitizenId = new Map<string, Existing>();
    const usernames = rows.flatMap((r) => (r.username ? [r.username] : []));
    const citizenIds = rows.flatMap((r) => (r.citizenId ? [r.citizenId] : []));
    const found: Officer[] = [];
    for (const part of chunks(usernames))
      found.push(...(await manager.find(Officer, { where: { username: In(part) }, relations: { unit: true } })));
    for (const part of chunks(citizenIds))
      found.push(...(await manager.find(Officer, { where: { citizenId: In(part) }, relations: { unit: true } })));
    const ids = [...new Set(found.map((o) => o.id))];
    const roles: OfficerRole[] = [];
    for (const part of chunks(ids)) roles.push(...(await manager.findBy(OfficerRole, { officerId: In(part) })));
    const rolesOf = new Map<number, Role[]>();
    for (const { officerId, role } of roles) {
      const held = rolesOf.get(officerId);
      if (held) held.push(role);
      else rolesOf.set(officerId, [role]);
    }
    for (const officer of found) {
      const entry = {
        officer,
        roles: (rolesOf.get(officer.id) ?? []).sort(),
        unitPath: officer.unit!.path,
        unit: officer.unit!,
      };
      byUsername.set(officer.username, entry);
      if (officer.citizenId) byCitizenId.set(officer.citizenId, entry);
    }
    return { byUsername, byCitizenId };
  }

  /** New accounts in bulk; returns their activation codes and the records as stored, for the campaign status rows. */
  private async create(
    manager: EntityManager,
    rows: PlannedRow[],
    context: AuditContext,
  ): Promise<{ codes: ActivationSheetRow[]; records: StatusRecord[] }> {
    const codes: ActivationSheetRow[] = [];
    const values = rows.map(({ row, unit }) => {
      const activation = newActivationCode();
      codes.push({ username: row.username, fullName: row.fullName, unitName: unit.name, code: activation.code });
      return {
        username: row.username,
        ...officerFieldsOf(row),
        unitId: unit.id,
        status: 'pending_activation' as const,
        activationCodeHash: activation.hash,
        activationExpiresAt: activation.expiresAt,
      };
    });
    const inserted = await insertOfficers<{ id: number; username: string }>(manager, values, ['id', 'username']);
    const idOf = new Map(inserted.map((o) => [o.username, Number(o.id)]));
    await insertRows(
      manager,
      'officer_roles',
      ['officer_id', 'role'],
      rows.flatMap(({ row }) => row.roles.map((role) => [idOf.get(row.username), role])),
    );
    await this.audit.recordMany(
      manager,
      context,
      rows.map(({ row, unit }) => ({
        targetType: 'officer' as const,
        targetId: idOf.get(row.username)!,
        action: 'officer.import.create',
        changes: fieldDiff(
          {},
          { username: row.username, fullName: row.fullName, unitId: unit.id, roles: row.roles.join(',') },
        ),
      })),
    );
    const records = rows.map(({ row, unit }) => ({
      officer: newOfficerRecord(idOf.get(row.username)!, unit.id, row),
      unitPath: unit.path,
    }));
    return { codes, records };
  }

  private async update(manager: EntityManager, rows: PlannedRow[], context: AuditContext) {
    for (const { row, unit, officerId, review, changes } of rows) {
      // A new name, birth date, gender or CCCD withdraws the supervisor's verification, as a profile edit does.
      const unverifies = changes.some((change) => (VERIFIED_FIELDS as readonly string[]).includes(change.field));
      const fields = officerFieldsOf(row);
      await updateOfficer(
        manager,
        officerId!,
        { ...(unverifies ? { verifiedAt: null, verifiedBy: null } : {}), ...fields, unitId: unit.id },
        // The account keeps its username when the row matched it by CCCD under another one.
        { stored: { ...fields, username: review.account!.username } },
      );
      await manager.delete(OfficerRole, { officerId });
      await manager.insert(
        OfficerRole,
        row.roles.map((role) => ({ officerId: officerId!, role })),
      );
    }
    for (const part of chunks(rows))
      await this.audit.recordMany(
        manager,
        context,
        part.map((p) => ({
          targetType: 'officer' as const,
          targetId: p.officerId!,
          action: 'officer.import.update',
          changes: p.changes,
        })),
      );
  }

  private report(rows: number, planned: PlannedRow[], errors: RowError[], committed: boolean): ImportReport {
    const count = (action: Action) => planned.filter((p) => p.action === action).length;
    const review = planned
      .filter((p) => p.action === 'update' || (p.action === 'create' && p.review.flags.length))
      .map((p) => p.review);
    const flagged = review.filter((r) => r.flags.length).length;
    return {
      totals: {
        rows,
        create: count('create'),
        update: count('update'),
        unchanged: count('unchanged'),
        errors: new Set(errors.map((e) => e.row)).size,
        flagged,
      },
      errors,
      review,
      committed,
    };
  }
}

const pick = (o: Officer) =>
  Object.fromEntries(COMPARED.filter((k) => k !== 'roles').map((k) => [k, o[k as keyof Officer]]));
