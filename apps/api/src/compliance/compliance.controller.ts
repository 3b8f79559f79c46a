import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiFailures, ApiFileResponse, ApiListQuery } from '../common/api-description/decorators';
import type { Response } from 'express';
import { exportFileName } from '../common/excel';
import { writeComplianceWorkbook } from './compliance-export';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../common/access/auth-user';
import { CurrentUser, Roles } from '../common/access/decorators';
import { ApiError } from '../common/errors/api-error';
import { filterParsers, ListSpec, parseListQuery } from '../common/list-query/list-query';
import { ComplianceFilter, ComplianceService } from './compliance.service';

const COMPLIANCE_OFFICERS: ListSpec<ComplianceFilter> = {
  sortable: ['fullName', 'unitName', 'completedAt'],
  defaultSort: { field: 'fullName', order: 'ASC' },
  filters: {
    campaignId: filterParsers.id,
    unitId: filterParsers.id,
    status: filterParsers.oneOf(['complete', 'complete_late', 'incomplete', 'overdue']),
  },
};

const COMPLIANCE_SUMMARY: ListSpec<ComplianceFilter> = {
  ...COMPLIANCE_OFFICERS,
  filters: { campaignId: filterParsers.id, unitId: filterParsers.id } as ListSpec<ComplianceFilter>['filters'],
};

/** As GET /api/campaigns/:id: a missing campaign or unit is 404 for an admin, out of scope (403) for others. */
const CAMPAIGN_REFUSALS = { 404: ['NOT_FOUND'] };

/** campaignId and unitId of the summary, through the same parsers as every list. */
function summaryParams(query: Record<string, unknown>): { campaignId: number; unitId?: number } {
  const { campaignId, unitId } = parseListQuery({ ...query, perPage: '1' }, COMPLIANCE_SUMMARY).filters;
  if (campaignId === undefined)
    throw ApiError.badRequest([{ field: 'campaignId', code: 'REQUIRED', message: 'Vui lòng chọn đợt cập nhật.' }]);
  return { campaignId: campaignId as number, unitId: unitId as number | undefined };
}

@ApiTags('compliance')
@ApiBearerAuth()
@Controller('compliance')
@Roles('admin', 'unit_admin', 'supervisor')
export class ComplianceController {
  constructor(private readonly compliance: ComplianceService) {}

  @Get('summary')
  @ApiListQuery(COMPLIANCE_SUMMARY, { paged: false, required: ['campaignId'] })
  @ApiFailures(CAMPAIGN_REFUSALS)
  @ApiOperation({
    summary: 'Tiến độ theo đợt: tổng, theo đơn vị trực thuộc (cộng dồn cả cây), theo mục còn thiếu, theo ngày',
  })
  summary(@CurrentUser() user: AuthUser, @Query() query: Record<string, unknown>) {
    const { campaignId, unitId } = summaryParams(query);
    return this.compliance.summary(user, campaignId, unitId);
  }

  @Get('export')
  @ApiListQuery(COMPLIANCE_SUMMARY, { paged: false, required: ['campaignId'] })
  @ApiFailures(CAMPAIGN_REFUSALS)
  @ApiFileResponse('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOperation({ summary: 'Xuất báo cáo tiến độ ra Excel: tổng hợp, theo đơn vị, danh sách cán bộ' })
  async export(
    @CurrentUser() user: AuthUser,
    @Query() query: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const { campaignId, unitId } = summaryParams(query);
    const summary = await this.compliance.summary(user, campaignId, unitId);
    res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="${exportFileName(`bao-cao-tien-do-${campaignId}`, 'xlsx')}"`,
    );
    res.setHeader('Cache-Control', 'no-store');
    await writeComplianceWorkbook(res, summary, this.compliance.allOfficers(user, campaignId, summary.unit.id));
  }

  @Get('officers')
  @ApiListQuery(COMPLIANCE_OFFICERS)
  @ApiFailures(CAMPAIGN_REFUSALS)
  @ApiOperation({ summary: 'Danh sách cán bộ theo trạng thái (danh sách quá hạn) kèm các mục còn thiếu' })
  officers(@CurrentUser() user: AuthUser, @Query() query: Record<string, unknown>) {
    return this.compliance.officers(user, parseListQuery(query, COMPLIANCE_OFFICERS));
  }
}
