import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { officerNameSortKey, VERIFIED_FIELDS, type Role } from '@motcua/domain';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { newActivationCode } from '../../auth/activation-code';
import { hasRole, type AuthUser } from '../../auth/auth-user';
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
import { Officer, OfficerRole } from '../officer.entity';
import { officerSearchText } from '@motcua/domain';
import { ImportBatch } from './import-batch.entity';
import { ImportRow, RowError, validateImportRow } from './import-row';
import { RawRow } from './spreadsheet-reader';

type Action = 'create' | 'update' | 'unchanged';

interface PlannedRow {
  row: ImportRow;
  action: Action;
  unit: Pick<Unit, 'id' | 'name' | 'path'>;
  officerId?: number;
  changes: FieldChange[];
}

export interface ImportReport {
  totals: { rows: number; create: number; update: number; unchanged: number; errors: number };
  errors: RowError[];
  committed: boolean;
  activationCodesUrl?: string;
}

type ActivationSheetRow = { username: string; fullName: string; unitName: string; code: string };

const NEW_OFFICER_COLUMNS = ['username', 'full_name', 'name_sort_key', 'unit_id', 'status', 'activation_code_hash', 'activation_expires_at', 'gender', 'birth_date', 'citizen_id', 'phone', 'email', 'search_text'];

/** An account exactly as `create` stores it: the imported fields, everything else empty. */
const newOfficerRecord = (id: number, unitId: number, row: ImportRow): Officer =>
  Object.assign(new Officer(), {
    id,
    unitId,
    fullName: row.fullName,
    gender: row.gender,
    birthDate: row.birthDate,
    citizenId: row.citizenId,
    phone: row.phone,
    email: row.email,
    address: null,
    avatarKey: null,
    receiptAccount: null,
    receiptPasswordEncrypted: null,
    defaultPage: null,
    confirmedAt: null,
    verifiedAt: null,
  });

const CHUNK = 400;
const chunks = <T>(items: T[], size = CHUNK) => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
const COMPARED = ['fullName', 'gender', 'birthDate', 'citizenId', 'phone', 'email', 'unitId', 'roles'] as const;

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

  async commit(actor: AuthUser, rawRows: RawRow[], skipInvalid: boolean, context: AuditContext): Promise<ImportReport> {
    const report = await this.apply(actor, rawRows, skipInvalid, context);
    await this.reads.refreshStatistics(['officers', 'officer_roles', 'campaign_officers', 'audit_entries']);
    return report;
  }

  private apply(actor: AuthUser, rawRows: RawRow[], skipInvalid: boolean, context: AuditContext): Promise<ImportReport> {
    return this.dataSource.transaction(async (manager) => {
      const { planned, errors } = await this.plan(manager, actor, rawRows);
      if (errors.length && !skipInvalid) {
        throw new ApiError(400, 'IMPORT_HAS_ERRORS', 'Tệp còn dòng lỗi nên chưa nhập dữ liệu nào. Sửa các dòng lỗi hoặc chọn bỏ qua dòng lỗi.', undefined, {
          report: this.report(rawRows.length, planned, errors, false),
        });
      }
      const { codes, records } = await this.create(manager, planned.filter((p) => p.action === 'create'), context);
      const updated = planned.filter((p) => p.action === 'update');
      await this.update(manager, updated, context);
      await this.campaignStatus.refreshRecords(manager, records);
      await this.campaignStatus.refreshOfficers(manager, updated.map((p) => p.officerId!));
      const report = this.report(rawRows.length, planned, errors, true);
      if (codes.length) {
        const batch = { id: randomUUID(), createdBy: actor.id, createdCount: codes.length, codesEncrypted: this.encryption.encrypt(JSON.stringify(codes)) };
        await manager.insert(ImportBatch, batch);
        report.activationCodesUrl = `/api/officers/import/batches/${batch.id}/activation-codes`;
      }
      return report;
    });
  }

  /** The activation-code sheet of a batch, handed out once to whoever ran the import, then erased. */
  async takeActivationCodes(actor: AuthUser, batchId: string): Promise<{ username: string; fullName: string; unitName: string; code: string }[]> {
    return this.dataSource.transaction(async (manager) => {
      const batch = await manager.createQueryBuilder(ImportBatch, 'b').addSelect('b.codesEncrypted').where('b.id = :batchId', { batchId }).getOne();
      if (!batch || batch.createdBy !== actor.id) throw ApiError.notFound('Không tìm thấy đợt nhập dữ liệu.');
      const claimed = await manager
        .createQueryBuilder()
        .update(ImportBatch)
        .set({ codesEncrypted: null, downloadedAt: new Date() })
        .where('id = :batchId AND codes_encrypted IS NOT NULL', { batchId })
        .execute();
      if (!claimed.affected || !batch.codesEncrypted) {
        throw new ApiError(410, 'ACTIVATION_SHEET_GONE', 'Danh sách mã kích hoạt chỉ được tải một lần và đã được tải. Hãy đặt lại tài khoản để cấp mã mới.');
      }
      return JSON.parse(this.encryption.decrypt(batch.codesEncrypted));
    });
  }

  private async plan(manager: EntityManager, actor: AuthUser, rawRows: RawRow[]): Promise<{ planned: PlannedRow[]; errors: RowError[] }> {
    const errors: RowError[] = [];
    const valid: ImportRow[] = [];
    const seenUsernames = new Map<string, number>();
    const seenCitizenIds = new Map<string, number>();
    for (const raw of rawRows) {
      const result = validateImportRow(raw);
      errors.push(...result.errors);
      if (!result.row) continue;
      const row = result.row;
      const duplicate = seenUsernames.get(row.username) ?? (row.citizenId ? seenCitizenIds.get(row.citizenId) : undefined);
      if (duplicate) {
        errors.push({ row: row.row, field: seenUsernames.has(row.username) ? 'username' : 'citizenId', code: 'DUPLICATE_IN_FILE', message: `Trùng với dòng ${duplicate} trong tệp.` });
        continue;
      }
      seenUsernames.set(row.username, row.row);
      if (row.citizenId) seenCitizenIds.set(row.citizenId, row.row);
      valid.push(row);
    }

    const units = new Map((await manager.find(Unit, { select: { id: true, code: true, name: true, path: true } })).map((u) => [u.code, u]));
    const existing = await this.existing(manager, valid);
    const planned: PlannedRow[] = [];
    for (const row of valid) {
      const rowErrors: RowError[] = [];
      const unit = units.get(row.unitCode);
      if (!unit) rowErrors.push({ row: row.row, field: 'unitCode', code: 'UNIT_UNKNOWN', message: `Không có đơn vị mã ${row.unitCode}.` });
      else if (!this.scope.covers(actor, unit.path)) rowErrors.push({ row: row.row, field: 'unitCode', code: 'OUT_OF_SCOPE', message: 'Đơn vị nằm ngoài phạm vi bạn được quản lý.' });
      if (row.roles.includes('admin') && !hasRole(actor, 'admin')) {
        rowErrors.push({ row: row.row, field: 'roles', code: 'CANNOT_GRANT_ADMIN', message: 'Chỉ quản trị viên hệ thống mới được cấp quyền quản trị hệ thống.' });
      }
      const match = existing.byUsername.get(row.username) ?? (row.citizenId ? existing.byCitizenId.get(row.citizenId) : undefined);
      if (match && !this.scope.covers(actor, match.unitPath)) {
        rowErrors.push({ row: row.row, field: 'username', code: 'OUT_OF_SCOPE', message: 'Tài khoản này thuộc đơn vị ngoài phạm vi bạn được quản lý.' });
      }
      // As on PATCH /officers/:id: only admins change an admin's account.
      if (match?.roles.includes('admin') && !hasRole(actor, 'admin')) {
        rowErrors.push({ row: row.row, field: 'username', code: 'ADMIN_ACCOUNT_PROTECTED', message: 'Chỉ quản trị viên hệ thống mới được thay đổi tài khoản quản trị.' });
      }
      const cccdHolder = row.citizenId ? existing.byCitizenId.get(row.citizenId) : undefined;
      if (cccdHolder && match && cccdHolder.officer.id !== match.officer.id) {
        rowErrors.push({ row: row.row, field: 'citizenId', code: 'CCCD_TAKEN', message: 'Số CCCD đã được sử dụng cho một tài khoản khác.' });
      }
      if (rowErrors.length || !unit) {
        errors.push(...rowErrors);
        continue;
      }
      if (!match) {
        planned.push({ row, action: 'create', unit, changes: [] });
        continue;
      }
      const before = { ...pick(match.officer), roles: match.roles.join(',') };
      const after = { fullName: row.fullName, gender: row.gender, birthDate: row.birthDate, citizenId: row.citizenId, phone: row.phone, email: row.email, unitId: unit.id, roles: row.roles.join(',') };
      const changes = fieldDiff(before, after);
      planned.push({ row, action: changes.length ? 'update' : 'unchanged', unit, officerId: match.officer.id, changes });
    }
    errors.sort((a, b) => a.row - b.row);
    return { planned, errors };
  }

  private async existing(manager: EntityManager, rows: ImportRow[]) {
    const byUsername = new Map<string, { officer: Officer; roles: Role[]; unitPath: string }>();
    const byCitizenId = new Map<string, { officer: Officer; roles: Role[]; unitPath: string }>();
    const usernames = rows.map((r) => r.username);
    const citizenIds = rows.flatMap((r) => (r.citizenId ? [r.citizenId] : []));
    const found: Officer[] = [];
    for (const part of chunks(usernames)) found.push(...(await manager.find(Officer, { where: { username: In(part) }, relations: { unit: true } })));
    for (const part of chunks(citizenIds)) found.push(...(await manager.find(Officer, { where: { citizenId: In(part) }, relations: { unit: true } })));
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
      const entry = { officer, roles: (rolesOf.get(officer.id) ?? []).sort(), unitPath: officer.unit!.path };
      byUsername.set(officer.username, entry);
      if (officer.citizenId) byCitizenId.set(officer.citizenId, entry);
    }
    return { byUsername, byCitizenId };
  }

  /** New accounts in bulk; returns their activation codes and the records as stored, for the campaign status rows. */
  private async create(manager: EntityManager, rows: PlannedRow[], context: AuditContext): Promise<{ codes: ActivationSheetRow[]; records: StatusRecord[] }> {
    const codes: ActivationSheetRow[] = [];
    const values = rows.map(({ row, unit }) => {
      const activation = newActivationCode();
      codes.push({ username: row.username, fullName: row.fullName, unitName: unit.name, code: activation.code });
      const { username, fullName, gender, birthDate, citizenId, phone, email } = row;
      return [username, fullName, officerNameSortKey(fullName), unit.id, 'pending_activation', activation.hash, activation.expiresAt, gender, birthDate, citizenId, phone, email, officerSearchText(row)];
    });
    const inserted = await insertRows<{ id: number; username: string }>(manager, 'officers', NEW_OFFICER_COLUMNS, values, { returning: ['id', 'username'] });
    const idOf = new Map(inserted.map((o) => [o.username, Number(o.id)]));
    await insertRows(manager, 'officer_roles', ['officer_id', 'role'], rows.flatMap(({ row }) => row.roles.map((role) => [idOf.get(row.username), role])));
    await this.audit.recordMany(manager, context, rows.map(({ row, unit }) => ({ targetType: 'officer' as const, targetId: idOf.get(row.username)!, action: 'officer.import.create', changes: fieldDiff({}, { username: row.username, fullName: row.fullName, unitId: unit.id, roles: row.roles.join(',') }) })));
    const records = rows.map(({ row, unit }) => ({ officer: newOfficerRecord(idOf.get(row.username)!, unit.id, row), unitPath: unit.path }));
    return { codes, records };
  }

  private async update(manager: EntityManager, rows: PlannedRow[], context: AuditContext) {
    for (const { row, unit, officerId, changes } of rows) {
      // A new name, birth date, gender or CCCD withdraws the supervisor's verification, as a profile edit does.
      const unverifies = changes.some((change) => (VERIFIED_FIELDS as readonly string[]).includes(change.field));
      await manager.update(Officer, officerId!, {
        ...(unverifies ? { verifiedAt: null, verifiedBy: null } : {}),
        fullName: row.fullName,
        nameSortKey: officerNameSortKey(row.fullName),
        gender: row.gender,
        birthDate: row.birthDate,
        citizenId: row.citizenId,
        phone: row.phone,
        email: row.email,
        unitId: unit.id,
        searchText: officerSearchText(row),
      });
      await manager.delete(OfficerRole, { officerId });
      await manager.insert(OfficerRole, row.roles.map((role) => ({ officerId: officerId!, role })));
    }
    for (const part of chunks(rows)) await this.audit.recordMany(manager, context, part.map((p) => ({ targetType: 'officer' as const, targetId: p.officerId!, action: 'officer.import.update', changes: p.changes })));
  }

  private report(rows: number, planned: PlannedRow[], errors: RowError[], committed: boolean): ImportReport {
    const count = (action: Action) => planned.filter((p) => p.action === action).length;
    return { totals: { rows, create: count('create'), update: count('update'), unchanged: count('unchanged'), errors: new Set(errors.map((e) => e.row)).size }, errors, committed };
  }
}

const pick = (o: Officer) => Object.fromEntries(COMPARED.filter((k) => k !== 'roles').map((k) => [k, o[k as keyof Officer]]));
