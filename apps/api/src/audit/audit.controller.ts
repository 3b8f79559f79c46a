import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PROFILE_FIELDS } from '@motcua/domain';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { filterParsers, ListSpec, parseListQuery } from '../common/list-query/list-query';
import { AuditFilter, AuditService } from './audit.service';

const AUDITED_FIELDS = [...PROFILE_FIELDS, 'confirmedAt', 'verifiedAt', 'status', 'roles', 'unitId', 'username', 'code', 'name', 'kind', 'parentId'];

const AUDIT_LIST: ListSpec<AuditFilter> = {
  sortable: ['createdAt'],
  defaultSort: { field: 'createdAt', order: 'DESC' },
  filters: {
    actorId: filterParsers.id,
    targetType: filterParsers.oneOf(['officer', 'unit', 'campaign']),
    targetId: filterParsers.id,
    action: filterParsers.text,
    field: filterParsers.oneOf(AUDITED_FIELDS),
    from: filterParsers.isoDate,
    to: filterParsers.isoDate,
  },
};

const OWN_AUDIT_LIST: ListSpec<AuditFilter> = {
  ...AUDIT_LIST,
  filters: { field: AUDIT_LIST.filters.field, from: AUDIT_LIST.filters.from, to: AUDIT_LIST.filters.to } as ListSpec<AuditFilter>['filters'],
};

@ApiTags('audit')
@ApiBearerAuth()
@Controller()
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get('audit')
  @Roles('admin')
  @ApiOperation({ summary: 'Nhật ký thay đổi (quản trị viên): lọc theo người thực hiện, đối tượng, trường, thời gian' })
  list(@Query() query: Record<string, unknown>) {
    return this.audit.list(parseListQuery(query, AUDIT_LIST));
  }

  @Get('me/audit')
  @ApiOperation({ summary: 'Lịch sử thay đổi hồ sơ của tôi' })
  own(@CurrentUser() user: AuthUser, @Query() query: Record<string, unknown>) {
    const parsed = parseListQuery(query, OWN_AUDIT_LIST);
    return this.audit.list({ ...parsed, filters: { ...parsed.filters, targetType: 'officer', targetId: user.id } });
  }
}
