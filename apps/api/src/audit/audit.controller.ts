import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiFileResponse, ApiListQuery } from '../common/api-description/decorators';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { PROFILE_FIELDS } from '@motcua/domain';
import { hasRole, type AuthUser } from '../common/access/auth-user';
import { CurrentUser, Roles } from '../common/access/decorators';
import { ApiError } from '../common/errors/api-error';
import {
  describedParser,
  FilterParser,
  filterParsers,
  ListSpec,
  parseListQuery,
} from '../common/list-query/list-query';
import { vietnamTimeToUtc } from '@motcua/contracts';
import { ParseIdPipe } from '../common/validation/parse-id.pipe';
import { UnitScope } from '../units/unit-scope.service';
import { auditCsvSink, auditXlsxSink } from './audit-export';
import { AuditFilter, AuditService } from './audit.service';

const AUDITED_FIELDS = [
  ...PROFILE_FIELDS,
  'confirmedAt',
  'verifiedAt',
  'status',
  'roles',
  'unitId',
  'username',
  'code',
  'name',
  'kind',
  'parentId',
  'twoFactor',
  'deadlineAt',
  'requiredItems',
  'reminders',
];
const DAY_MS = 86_400_000;

/**
 * `from` / `to` as a person picks them: a bare date is a whole day in Vietnam, `to` included
 * (to=2026-12-04 ends at midnight starting 05/12 in Việt Nam); a full ISO instant is taken as it is.
 */
const vietnamDayBound = (bound: 'start' | 'end'): FilterParser =>
  describedParser(filterParsers.isoDate.schema, (raw) => {
    const parsed = filterParsers.isoDate(raw);
    if (!parsed.ok || raw.length !== 10) return parsed;
    const start = vietnamTimeToUtc(`${raw}T00:00`);
    return { ok: true, value: bound === 'start' ? start : new Date(start.getTime() + DAY_MS) };
  });

const AUDIT_LIST: ListSpec<AuditFilter> = {
  sortable: ['createdAt'],
  defaultSort: { field: 'createdAt', order: 'DESC' },
  filters: {
    actorId: filterParsers.id,
    targetType: filterParsers.oneOf(['officer', 'unit', 'campaign']),
    targetId: filterParsers.id,
    officerId: filterParsers.id,
    action: filterParsers.text,
    field: filterParsers.oneOf(AUDITED_FIELDS),
    from: vietnamDayBound('start'),
    to: vietnamDayBound('end'),
  },
};

/** Lists about one record (the caller's own, or one officer's): who, what and when, never whose. */
const ONE_RECORD_LIST: ListSpec<AuditFilter> = {
  ...AUDIT_LIST,
  filters: {
    actorId: AUDIT_LIST.filters.actorId,
    action: AUDIT_LIST.filters.action,
    field: AUDIT_LIST.filters.field,
    from: AUDIT_LIST.filters.from,
    to: AUDIT_LIST.filters.to,
  } as ListSpec<AuditFilter>['filters'],
};

const OWN_AUDIT_LIST: ListSpec<AuditFilter> = {
  ...AUDIT_LIST,
  filters: {
    field: AUDIT_LIST.filters.field,
    from: AUDIT_LIST.filters.from,
    to: AUDIT_LIST.filters.to,
  } as ListSpec<AuditFilter>['filters'],
};

@ApiTags('audit')
@ApiBearerAuth()
@Controller()
export class AuditController {
  constructor(
    private readonly audit: AuditService,
    private readonly scope: UnitScope,
  ) {}

  @Get('audit')
  @Roles('admin')
  @ApiListQuery(AUDIT_LIST)
  @ApiOperation({
    summary:
      'Nhật ký thay đổi (quản trị viên): lọc theo người thực hiện, người được thay đổi, hành động, trường, thời gian',
  })
  list(@Query() query: Record<string, unknown>) {
    return this.audit.list(parseListQuery(query, AUDIT_LIST), { withNetwork: true });
  }

  @Get('audit/export')
  @Roles('admin')
  @ApiListQuery(AUDIT_LIST, { paged: false })
  @ApiQuery({ name: 'format', required: false, enum: ['xlsx', 'csv'] })
  @ApiFileResponse('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  @ApiOperation({
    summary: 'Xuất nhật ký thay đổi (cùng bộ lọc với danh sách) ra Excel hoặc CSV, mỗi dòng một trường thay đổi',
  })
  async export(@Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const { format = 'xlsx', ...listQuery } = query;
    if (format !== 'xlsx' && format !== 'csv')
      throw ApiError.badRequest([
        { field: 'format', code: 'NOT_ALLOWED_VALUE', message: 'format phải là xlsx hoặc csv.' },
      ]);
    const parsed = parseListQuery({ ...listQuery, perPage: '1' }, AUDIT_LIST);
    await this.audit.exportTo(parsed, format === 'csv' ? auditCsvSink(res) : auditXlsxSink(res));
  }

  @Get('officers/:id/audit')
  @Roles('admin', 'unit_admin', 'supervisor')
  @ApiListQuery(ONE_RECORD_LIST)
  @ApiOperation({ summary: 'Lịch sử thay đổi của một cán bộ (trong phạm vi đơn vị của người xem)' })
  async ofOfficer(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseIdPipe) id: number,
    @Query() query: Record<string, unknown>,
  ) {
    await this.scope.assertOfficerInScope(user, id);
    const parsed = parseListQuery(query, ONE_RECORD_LIST);
    return this.audit.list(
      { ...parsed, filters: { ...parsed.filters, officerId: id } },
      { withNetwork: hasRole(user, 'admin') },
    );
  }

  @Get('me/audit')
  @ApiListQuery(OWN_AUDIT_LIST)
  @ApiOperation({ summary: 'Lịch sử thay đổi hồ sơ của tôi' })
  own(@CurrentUser() user: AuthUser, @Query() query: Record<string, unknown>) {
    const parsed = parseListQuery(query, OWN_AUDIT_LIST);
    return this.audit.list({ ...parsed, filters: { ...parsed.filters, officerId: user.id } }, { withNetwork: false });
  }
}
