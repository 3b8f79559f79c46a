import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiFailures, ApiFileResponse, ApiListQuery } from '../common/api-description/decorators';
import type { Response } from 'express';
import { ApiError } from '../common/errors/api-error';
import { csvSink, xlsxSink } from './export/officer-export';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../common/access/auth-user';
import { CurrentUser, Roles } from '../common/access/decorators';
import { Audit, type AuditContext } from '../audit/audit-context';
import { filterParsers, ListSpec, parseListQuery } from '../common/list-query/list-query';
import { ParseIdPipe } from '../common/validation/parse-id.pipe';
import { BulkOfficersDto, CreateOfficerDto, ResetOfficerDto, UpdateOfficerDto } from './dto/officer.dto';
import { OfficerFilter } from './officer-list.query';
import { OfficersService } from './officers.service';
import { COMPLIANCE_STATUSES } from '@motcua/domain';
import { ACCOUNT_STATUSES, ROLES } from '../accounts/roles';

export const OFFICER_LIST_SPEC: ListSpec<OfficerFilter> = {
  sortable: ['fullName', 'username', 'updatedAt', 'status', 'unitName'],
  defaultSort: { field: 'fullName', order: 'ASC' },
  filters: {
    id: filterParsers.idList,
    unitId: filterParsers.id,
    role: filterParsers.oneOf(ROLES),
    status: filterParsers.oneOf(ACCOUNT_STATUSES),
    verified: filterParsers.boolean,
    confirmed: filterParsers.boolean,
    completeness: filterParsers.oneOf(COMPLIANCE_STATUSES),
  },
};

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ACCOUNT_TRANSITION_FAILURES = {
  403: ['ADMIN_ACCOUNT_PROTECTED', 'CANNOT_LOCK_SELF'],
  409: ['STATUS_TRANSITION'],
};

@ApiTags('officers')
@ApiBearerAuth()
@Controller('officers')
@Roles('admin', 'unit_admin', 'supervisor')
export class OfficersController {
  constructor(private readonly officers: OfficersService) {}

  @Get()
  @ApiListQuery(OFFICER_LIST_SPEC)
  @ApiOperation({ summary: 'Danh sách cán bộ trong phạm vi (lọc, tìm kiếm không dấu, sắp xếp, phân trang)' })
  list(@CurrentUser() user: AuthUser, @Query() query: Record<string, unknown>) {
    return this.officers.list(user, parseListQuery(query, OFFICER_LIST_SPEC));
  }

  @Get('export')
  @ApiListQuery(OFFICER_LIST_SPEC, { paged: false })
  @ApiQuery({ name: 'format', required: false, enum: ['xlsx', 'csv'] })
  @ApiFileResponse(XLSX, 'text/csv')
  @ApiOperation({ summary: 'Xuất danh sách cán bộ (cùng bộ lọc với danh sách) ra Excel hoặc CSV' })
  async export(
    @CurrentUser() user: AuthUser,
    @Query() query: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const { format = 'xlsx', ...listQuery } = query;
    if (format !== 'xlsx' && format !== 'csv')
      throw ApiError.badRequest([
        { field: 'format', code: 'NOT_ALLOWED_VALUE', message: 'format phải là xlsx hoặc csv.' },
      ]);
    const parsed = parseListQuery({ ...listQuery, perPage: '1' }, OFFICER_LIST_SPEC);
    await this.officers.exportTo(user, parsed, format === 'csv' ? csvSink(res) : xlsxSink(res));
  }

  @Get(':id')
  @ApiOperation({ summary: 'Thông tin tài khoản cán bộ' })
  findOne(@CurrentUser() user: AuthUser, @Param('id', ParseIdPipe) id: number) {
    return this.officers.findOne(user, id);
  }

  @Post()
  @Roles('admin', 'unit_admin')
  @ApiFailures({ 403: ['CANNOT_GRANT_ADMIN'], 409: ['USERNAME_TAKEN', 'CONFLICT'] })
  @ApiOperation({ summary: 'Tạo tài khoản (chờ kích hoạt; mã kích hoạt chỉ hiển thị một lần)' })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateOfficerDto, @Audit() audit: AuditContext) {
    return this.officers.create(user, dto, audit);
  }

  @Patch(':id')
  @Roles('admin', 'unit_admin')
  @ApiFailures({ 403: ['ADMIN_ACCOUNT_PROTECTED', 'CANNOT_GRANT_ADMIN'] })
  @ApiOperation({ summary: 'Sửa họ tên, chuyển đơn vị, phân quyền (kèm version đã đọc)' })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: UpdateOfficerDto,
    @Audit() audit: AuditContext,
  ) {
    return this.officers.update(user, id, dto, audit);
  }

  @Post('bulk')
  @HttpCode(200)
  @Roles('admin', 'unit_admin')
  @ApiFailures({ 403: ['ADMIN_ACCOUNT_PROTECTED', 'CANNOT_LOCK_SELF'], 404: ['NOT_FOUND'], 409: ['STATUS_TRANSITION'] })
  @ApiOperation({ summary: 'Thao tác hàng loạt: khóa, mở khóa, chuyển đơn vị' })
  bulk(@CurrentUser() user: AuthUser, @Body() dto: BulkOfficersDto, @Audit() audit: AuditContext) {
    return this.officers.bulk(user, dto, audit);
  }

  @Post(':id/reset')
  @HttpCode(200)
  @Roles('admin', 'unit_admin')
  @ApiFailures({ 403: ['ADMIN_ACCOUNT_PROTECTED'], 409: ['STATUS_TRANSITION'] })
  @ApiOperation({ summary: 'Đặt lại tài khoản: mã kích hoạt mới, thu hồi phiên, tùy chọn xóa 2FA' })
  reset(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: ResetOfficerDto,
    @Audit() audit: AuditContext,
  ) {
    return this.officers.reset(user, id, dto, audit);
  }

  @Post(':id/lock')
  @HttpCode(200)
  @Roles('admin', 'unit_admin')
  @ApiFailures(ACCOUNT_TRANSITION_FAILURES)
  @ApiOperation({ summary: 'Khóa tài khoản (thu hồi mọi phiên)' })
  lock(@CurrentUser() user: AuthUser, @Param('id', ParseIdPipe) id: number, @Audit() audit: AuditContext) {
    return this.officers.changeStatus(user, id, 'lock', audit);
  }

  @Post(':id/unlock')
  @HttpCode(200)
  @Roles('admin', 'unit_admin')
  @ApiFailures(ACCOUNT_TRANSITION_FAILURES)
  @ApiOperation({ summary: 'Mở khóa tài khoản' })
  unlock(@CurrentUser() user: AuthUser, @Param('id', ParseIdPipe) id: number, @Audit() audit: AuditContext) {
    return this.officers.changeStatus(user, id, 'unlock', audit);
  }

  @Post(':id/disable')
  @HttpCode(200)
  @Roles('admin', 'unit_admin')
  @ApiFailures(ACCOUNT_TRANSITION_FAILURES)
  @ApiOperation({ summary: 'Vô hiệu hóa tài khoản (thu hồi mọi phiên)' })
  disable(@CurrentUser() user: AuthUser, @Param('id', ParseIdPipe) id: number, @Audit() audit: AuditContext) {
    return this.officers.changeStatus(user, id, 'disable', audit);
  }

  @Post(':id/enable')
  @HttpCode(200)
  @Roles('admin', 'unit_admin')
  @ApiFailures(ACCOUNT_TRANSITION_FAILURES)
  @ApiOperation({ summary: 'Kích hoạt lại tài khoản đã vô hiệu hóa' })
  enable(@CurrentUser() user: AuthUser, @Param('id', ParseIdPipe) id: number, @Audit() audit: AuditContext) {
    return this.officers.changeStatus(user, id, 'enable', audit);
  }
}
